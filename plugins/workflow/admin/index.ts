import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig, Config, Field } from 'payload'
import { workflowFieldName } from '../services/workflowState.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { withEventCells } from './eventCells.js'
import { eventLabels } from './eventLabels.js'
import { withVersionsView } from './versionsView.js'

/** Where the components live, as an import-map path relative to the host's `admin.importMap.baseDir`. */
const componentPath = (config: Config, file: string, exportName: string): string => {
  const baseDir = config.admin?.importMap?.baseDir ?? process.cwd()
  // not `new URL('../components/', import.meta.url)`: webpack would try to bundle that directory as an asset
  const componentsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../components')
  const relative = path.relative(baseDir, path.join(componentsDir, `${file}.js`)).split(path.sep).join('/')
  return `${relative.startsWith('.') ? '' : '/'}${relative}#${exportName}`
}

/** `workflow.stage` in the list columns, before `_status` when the host shows it, keeping the host's columns. */
const withStageColumn = (collection: CollectionConfig): string[] => {
  const stageColumn = `${workflowFieldName}.stage`
  const host = collection.admin?.defaultColumns
  if (!host?.length) return [collection.admin?.useAsTitle ?? 'id', stageColumn, '_status', 'updatedAt']
  if (host.includes(stageColumn)) return host
  const statusIndex = host.indexOf('_status')
  return statusIndex === -1 ? [...host, stageColumn] : [...host.slice(0, statusIndex), stageColumn, ...host.slice(statusIndex)]
}

/** The `workflow` group rendered as the sidebar panel; its `stage` shows as a badge in lists. */
const withPanel = (field: Field, paths: { panel: string; cell: string; stageLabel: string }): Field => {
  if (field.type !== 'group' || !('name' in field) || field.name !== workflowFieldName) return field
  return {
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, Field: paths.panel } },
    fields: field.fields.map((sub) =>
      'name' in sub && sub.name === 'stage' && sub.type === 'select'
        ? { ...sub, admin: { ...sub.admin, components: { Label: paths.stageLabel, ...sub.admin?.components, Cell: paths.cell } } }
        : sub,
    ),
  }
}

/**
 * The workflow in the admin: the sidebar panel (stage, transitions with a comment, history) in place of the
 * `workflow` group, the stage instead of Publish (publishing is a transition), a stage column in lists, and
 * "Waiting for you" on the dashboard. Components are referenced through the host's import map; the host's own
 * admin components are kept.
 */
export const withWorkflowAdmin =
  (options: SanitizedWorkflowOptions) =>
  (config: Config): Config => {
    const paths = {
      panel: componentPath(config, 'WorkflowPanelField', 'WorkflowPanelField'),
      cell: componentPath(config, 'StageCell', 'StageCell'),
      stageControl: componentPath(config, 'StageControl', 'StageControl'),
      queue: componentPath(config, 'WaitingForYou', 'WaitingForYou'),
      stageLabel: componentPath(config, 'StageColumnLabel', 'StageColumnLabel'),
      lifecycleStatus: componentPath(config, 'LifecycleStatus', 'LifecycleStatus'),
      versions: componentPath(config, 'WorkflowVersionsView', 'WorkflowVersionsView'),
    }
    const eventCells = {
      collection: componentPath(config, 'EventCells', 'EventCollectionCell'),
      document: componentPath(config, 'EventCells', 'EventDocumentCell'),
      stage: componentPath(config, 'EventCells', 'EventStageCell'),
      transition: componentPath(config, 'EventCells', 'EventTransitionCell'),
      user: componentPath(config, 'EventUserCell', 'EventUserCell'),
    }
    const withAdmin = (collection: CollectionConfig): CollectionConfig => {
      const components = collection.admin?.components ?? {}
      return {
        ...collection,
        fields: collection.fields.map((field) => withPanel(field, paths)),
        admin: {
          ...collection.admin,
          defaultColumns: withStageColumn(collection),
          components: {
            ...components,
            // the host's own Publish button wins; Save draft stays Payload's
            edit: {
              ...components.edit,
              PublishButton: components.edit?.PublishButton ?? paths.stageControl,
              // one lifecycle: the stage (and a live version behind it) instead of Payload's draft/published status
              Status: components.edit?.Status ?? paths.lifecycleStatus,
            },
            // the versions tab shows each version's stage, the change that wrote it and who made it
            views: { ...components.views, edit: withVersionsView(components.views?.edit, paths.versions) },
          },
        },
      }
    }
    return {
      ...config,
      collections: (config.collections ?? []).map((c) =>
        options.collections.includes(c.slug) ? withAdmin(c) : c.slug === options.slugs.events ? withEventCells(c, eventCells) : c,
      ),
      admin: {
        ...config.admin,
        // the history names audit-trail entries that are not transitions too (edits, schedules)
        custom: {
          ...config.admin?.custom,
          workflow: { ...(config.admin?.custom?.workflow as object | undefined), eventLabels: eventLabels(options) },
        },
        components: {
          ...config.admin?.components,
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), paths.queue],
        },
      },
    }
  }
