import { scheduleFailedTransition } from '../jobs/scheduledTransitionTask.js'
import { contentEditTransition } from '../services/fourEyes.js'
import type { SanitizedWorkflowOptions } from '../types.js'

/**
 * Labels of the audit-trail entries that are not transitions, for the admin's history: plain edits, the edit
 * rules' automatic stage changes ("Edited while approved"), schedules, and system writes.
 */
export const eventLabels = (options: SanitizedWorkflowOptions): Record<string, string> => {
  const stageLabel = (value: string) => options.stages.find((s) => s.value === value)?.label ?? value
  const labels: Record<string, string> = {}
  for (const [stage, rule] of Object.entries(options.editRules)) {
    labels[rule.transition] = `Edited while ${stageLabel(stage).toLowerCase()}`
  }
  return {
    // the host's own actions first: the plugin's names keep their words
    ...options.eventLabels,
    ...labels,
    // an edit that keeps the stage and the rule that records published edits share the name: "Edited" fits both
    [contentEditTransition]: 'Edited',
    system: 'Changed by the system',
    schedule: 'Scheduled',
    unschedule: 'Schedule cancelled',
    [scheduleFailedTransition]: 'Scheduled change failed',
  }
}
