import type { EditConfig, EditConfigWithoutRoot } from 'payload'

/**
 * The host's edit views with the workflow's versions tab, unless the host replaced the versions view itself or
 * the whole edit view (`root`), which then owns its tabs.
 */
export const withVersionsView = (edit: EditConfig | undefined, versionsComponent: string): EditConfig => {
  if (edit && 'root' in edit && edit.root) return edit
  const views = (edit ?? {}) as EditConfigWithoutRoot
  if (views.versions) return views
  return { ...views, versions: { Component: versionsComponent } } as EditConfigWithoutRoot
}
