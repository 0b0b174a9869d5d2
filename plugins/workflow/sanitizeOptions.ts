import type { CollectionConfig, CollectionSlug, Config, Field } from 'payload'
import {
  defaultEditRules,
  defaultEmailMessage,
  defaultInitialStage,
  defaultPublishedStage,
  defaultQueue,
  defaultQueueStages,
  defaultRecipients,
  defaultReadEvents,
  defaultReadHistory,
  defaultReadWorkflow,
  defaultSlugs,
  defaultStages,
  defaultTransitionPermission,
  defaultTransitions,
  defaultWebhooks,
} from './defaults.js'
import type { SanitizedWorkflowOptions, TransitionPermission, WorkflowPluginOptions } from './types.js'

const fail = (message: string): never => {
  throw new Error(`workflowPlugin: ${message}`)
}

/**
 * The auth collection that acts in the workflow: `admin.user`, else the first auth collection. Typed as a
 * CollectionSlug from here on: it is one, though a generic plugin only learns it at runtime.
 */
const usersSlugOf = (config: Config): CollectionSlug =>
  (config.admin?.user ?? config.collections?.find((c) => c.auth)?.slug ?? fail('the config has no auth collection (admin.user).')) as CollectionSlug

/** Whether a data field of this name exists at the top level of the document (rows, tabs and collapsibles are layout). */
const hasTopLevelField = (fields: Field[], name: string): boolean =>
  fields.some((field) => {
    if ('name' in field && field.name === name) return true
    if (field.type === 'row' || field.type === 'collapsible') return hasTopLevelField(field.fields, name)
    if (field.type === 'tabs') return field.tabs.some((tab) => !('name' in tab && tab.name) && hasTopLevelField(tab.fields, name))
    return false
  })

/** Defaults applied once, and the options checked against the config so mistakes fail at startup, not at first use. */
export const sanitizeOptions = (options: WorkflowPluginOptions, config: Config): SanitizedWorkflowOptions => {
  const usersSlug = usersSlugOf(config)
  const stages = options.stages ?? defaultStages
  const stageValues = new Set(stages.map((s) => s.value))
  const transitions = options.transitions ?? defaultTransitions
  const editRules = options.editRules ?? defaultEditRules
  const initialStage = options.initialStage ?? defaultInitialStage
  const publishedStage = options.publishedStage ?? defaultPublishedStage
  const byslug = new Map<string, CollectionConfig>((config.collections ?? []).map((c) => [c.slug, c]))

  const checkStage = (stage: string, where: string) => {
    if (!stageValues.has(stage)) fail(`${where} names the unknown stage "${stage}".`)
  }
  checkStage(initialStage, 'initialStage')
  checkStage(publishedStage, 'publishedStage')
  for (const [name, t] of Object.entries(transitions)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name) || name === 'schedule') fail(`transition name "${name}" must be lower-case kebab-case and not "schedule".`)
    t.from.forEach((s) => checkStage(s, `transition "${name}"`))
    checkStage(t.to, `transition "${name}"`)
  }
  for (const [from, rule] of Object.entries(editRules)) {
    checkStage(from, 'editRules')
    checkStage(rule.to, 'editRules')
  }
  for (const slug of options.collections) {
    const collection = byslug.get(slug) ?? fail(`collection "${slug}" is not in the config.`)
    const versions = collection.versions
    if (!versions || typeof versions !== 'object' || !versions.drafts) fail(`collection "${slug}" needs versions: { drafts: true }.`)
  }
  for (const bundle of options.bundles ?? []) {
    if (!options.collections.includes(bundle.collection)) fail(`bundle parent "${bundle.collection}" is not a workflow collection.`)
    for (const child of bundle.children) {
      if (!options.collections.includes(child.collection)) fail(`bundle child "${child.collection}" is not a workflow collection.`)
      if (!hasTopLevelField(byslug.get(child.collection)?.fields ?? [], child.field)) {
        fail(`bundle child "${child.collection}" has no field "${child.field}".`)
      }
    }
  }
  const urls = options.webhooks?.urls ?? []
  const secret = options.webhooks?.secret ?? ''
  if (urls.length && !secret) fail('webhooks.urls need webhooks.secret to sign deliveries.')
  for (const url of urls) {
    if (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol)) fail(`webhook URL "${url}" is not http(s).`)
  }

  const fallbackPermission = defaultTransitionPermission(usersSlug)
  const permissions: Record<string, TransitionPermission> = Object.fromEntries(
    Object.keys(transitions).map((name) => [name, options.access?.transitions?.[name] ?? fallbackPermission]),
  )
  const email = options.notifications?.email
  const readEvents = options.access?.readEvents ?? defaultReadEvents(usersSlug)

  return {
    access: {
      queueStages: options.access?.queueStages ?? defaultQueueStages(usersSlug),
      readEvents,
      readHistory: options.access?.readHistory ?? defaultReadHistory(readEvents),
      readWorkflow: options.access?.readWorkflow ?? defaultReadWorkflow,
      transitions: permissions,
    },
    beforePublish: options.beforePublish,
    bundles: options.bundles ?? [],
    collections: options.collections,
    editRules,
    eventLabels: options.eventLabels ?? {},
    email:
      email === false
        ? false
        : { message: email?.message ?? defaultEmailMessage, recipients: options.notifications?.recipients ?? defaultRecipients(usersSlug) },
    enabled: options.enabled ?? true,
    fourEyes: options.fourEyes ?? true,
    initialStage,
    overrides: options.overrides ?? {},
    publishedStage,
    queue: options.jobs?.queue ?? defaultQueue,
    slugs: { ...defaultSlugs, ...options.slugs },
    stages,
    transitions,
    usersSlug,
    webhooks: {
      backoffMs: options.webhooks?.backoffMs ?? defaultWebhooks.backoffMs,
      describe: options.webhooks?.describe,
      retries: options.webhooks?.retries ?? defaultWebhooks.retries,
      secret,
      timeoutMs: options.webhooks?.timeoutMs ?? defaultWebhooks.timeoutMs,
      transitions:
        options.webhooks?.transitions ?? Object.entries(transitions).filter(([, t]) => t.status).map(([name]) => name),
      urls,
    },
  }
}
