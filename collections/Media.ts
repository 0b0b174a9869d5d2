import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, hasRole, isEditorOrAdmin } from '../src/access/index.js'
import { slugs } from './slugs.js'

export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: 'Media file', plural: 'Media' },
  admin: {
    group: 'Directory',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
    description: 'Images and PDFs used by reports. Every file needs alternative text.',
  },
  access: {
    read: anyone,
    create: hasRole('admin', 'editor', 'contributor'),
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR ?? 'data/media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the file shows, for people who cannot see it.' },
    },
    { name: 'credit', type: 'text' },
  ],
}
