import { describe, expect, test } from '@jest/globals'
import type { CollectionConfig, Field } from 'payload'
import { collections } from '../../collections/index.js'
import { draftSlugs, slugs } from '../../collections/slugs.js'
import { buildImpactConfig } from '../../src/config.js'

const flatten = (fields: Field[]): Field[] =>
  fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return flatten(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => flatten(tab.fields))
    return [field]
  })
const named = (collection: CollectionConfig) => new Map(flatten(collection.fields).flatMap((f) => ('name' in f ? [[f.name, f]] : [])))
const bySlug = (slug: string) => collections.find((c) => c.slug === slug)!

describe('content model', () => {
  test('every collection of the design exists, with an admin title, columns, group and description', () => {
    expect(collections.map((c) => c.slug).sort()).toEqual(Object.values(slugs).sort())
    for (const collection of collections) {
      expect(collection.admin?.useAsTitle).toBeTruthy()
      expect(collection.admin?.defaultColumns?.length).toBeGreaterThan(1)
      expect(collection.admin?.group).toBeTruthy()
      expect(collection.admin?.description).toBeTruthy()
    }
  })

  test('reports, evidence, quotes and recommendations keep drafts and versions', () => {
    for (const slug of draftSlugs) {
      const versions = bySlug(slug).versions
      expect(typeof versions === 'object' && versions.drafts).toBeTruthy()
    }
  })

  test('reports list their children through join fields with no silent 10-item cap', () => {
    const fields = named(bySlug(slugs.reports))
    for (const name of ['evidence', 'quotes', 'recommendations']) {
      const field = fields.get(name)
      expect(field).toMatchObject({ type: 'join', on: 'report', defaultLimit: 0 })
    }
  })

  test('evidence needs a goal and carries metrics; quotes show their speaker sign-off', () => {
    expect(named(bySlug(slugs.evidence)).get('goal')).toMatchObject({ type: 'relationship', relationTo: 'goals', required: true })
    expect(named(bySlug(slugs.evidence)).get('metrics')).toMatchObject({ type: 'array' })
    expect(named(bySlug(slugs.quotes)).get('signOff')).toMatchObject({ type: 'ui' })
    expect(named(bySlug(slugs.quotes)).has('speakerApproved')).toBe(false)
  })

  test('evidence has GraphQL names that do not clash', () => {
    expect(bySlug(slugs.evidence).graphQL).toEqual({ singularName: 'Evidence', pluralName: 'EvidenceItems' })
  })

  test('the built config sanitizes with every collection and Lexical rich text', async () => {
    const config = await buildImpactConfig({ databaseUri: 'file:/tmp/never-opened.db', secret: 'unit' })
    const slugsInConfig = config.collections.map((c) => c.slug)
    for (const slug of Object.values(slugs)) expect(slugsInConfig).toContain(slug)
    expect(config.admin.user).toBe('users')
    expect(config.typescript.autoGenerate).toBe(false)
  })
})
