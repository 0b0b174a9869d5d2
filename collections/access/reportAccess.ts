import type { CollectionConfig } from 'payload'
import {
  hasRole,
  isEditorOrAdmin,
  isStaff,
  or,
  ownOrganisation,
  publishedOnly,
  publishedWithPublishedReport,
} from '../../src/access/index.js'

/**
 * Reports: staff read everything, contributors also their organisations' drafts, everyone else
 * only what is published. Contributors write for their own organisations only.
 */
export const reportAccess: CollectionConfig['access'] = {
  read: or(isStaff, ownOrganisation(), publishedOnly),
  create: hasRole('admin', 'editor', 'contributor'),
  update: or(isEditorOrAdmin, ownOrganisation()),
  delete: isEditorOrAdmin,
  readVersions: or(isStaff, ownOrganisation('version.organisation')),
}

/** Evidence, quotes, recommendations: as reports, and public only while their report is published too. */
export const reportChildAccess: CollectionConfig['access'] = {
  ...reportAccess,
  read: or(isStaff, ownOrganisation(), publishedWithPublishedReport),
}
