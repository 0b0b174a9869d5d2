import type { TransitionDefinition } from '../types.js'

/** Stages that transitions with `status` lead to: `publish` → e.g. `published`, `unpublish` → e.g. `unpublished`. */
const stagesWritten = (transitions: Record<string, TransitionDefinition>, status: TransitionDefinition['status']): string[] =>
  Object.values(transitions)
    .filter((t) => t.status === status)
    .map((t) => t.to)

/**
 * Whether a live (published) version exists beside a stage that does not say so itself, e.g. an item whose next
 * draft is in review. `published` is the row's own `_status`; `changedSincePublished` is Payload's list flag
 * (`_displayStatus: 'changed'`) or the edit view's `hasPublishedDoc`. A published-stage item needs no note, and
 * an item taken down (unpublish stage) has none.
 */
export const showsLiveNote = (
  transitions: Record<string, TransitionDefinition>,
  stage: null | string | undefined,
  live: { published: boolean; changedSincePublished: boolean },
): boolean => {
  if (!stage || stagesWritten(transitions, 'publish').includes(stage)) return false
  if (live.published) return true
  return live.changedSincePublished && !stagesWritten(transitions, 'unpublish').includes(stage)
}

export const liveNote = 'live version: published'
