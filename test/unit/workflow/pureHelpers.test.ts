import { describe, expect, test } from '@jest/globals'
import type { FlattenedField } from 'payload'
import { signWebhook, verifyWebhook, webhookHeaders } from '../../../plugins/workflow/index.js'
import { contentChanged } from '../../../plugins/workflow/services/contentChanged.js'
import { enumName, enumValues } from '../../../plugins/workflow/graphql/names.js'
import { webhookEnv } from '../../../src/workflow/webhookEnv.js'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'author', type: 'relationship', relationTo: 'users' },
  { name: 'rows', type: 'array', fields: [] },
  { name: 'children', type: 'join', collection: 'posts', on: 'parent' },
  { name: 'workflow', type: 'group', fields: [] },
  { name: '_status', type: 'select' },
] as unknown as FlattenedField[]

describe('contentChanged', () => {
  const original = { title: 'A', author: 'u1', rows: [{ id: 'r1', label: 'x' }], workflow: { stage: 'approved' }, _status: 'draft' }

  test('ignores workflow metadata, status, timestamps and join fields', () => {
    expect(contentChanged(fields, { ...original, workflow: { stage: 'draft' }, _status: 'published', updatedAt: 'now', children: { docs: [1] } }, original)).toBe(false)
  })
  test('treats a populated relationship, resent rows without IDs and empty values as unchanged', () => {
    expect(contentChanged(fields, { author: { id: 'u1', email: 'a@b' }, rows: [{ label: 'x' }], title: 'A' }, original)).toBe(false)
    expect(contentChanged(fields, { title: '' }, { title: null })).toBe(false)
  })
  test('sees a changed text, relationship or row', () => {
    expect(contentChanged(fields, { title: 'B' }, original)).toBe(true)
    expect(contentChanged(fields, { author: 'u2' }, original)).toBe(true)
    expect(contentChanged(fields, { rows: [{ id: 'r1', label: 'y' }] }, original)).toBe(true)
  })
})

describe('webhook signatures', () => {
  test('are v1,<base64 HMAC> of id, timestamp and the exact body, and verify', () => {
    const body = '{"event":"publish"}'
    const now = new Date()
    const headers = webhookHeaders('s3cret', { id: 'msg_1', body, now })
    expect(headers['webhook-signature']).toBe(signWebhook('s3cret', 'msg_1', Math.floor(now.getTime() / 1000), body))
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
    expect(verifyWebhook('s3cret', { body, headers }, { now }).ok).toBe(true)
    expect(verifyWebhook('s3cret', { body: `${body} `, headers }, { now }).ok).toBe(false)
    expect(verifyWebhook('other', { body, headers }, { now }).ok).toBe(false)
    expect(verifyWebhook('s3cret', { body, headers: {} }, { now }).ok).toBe(false)
  })
})

describe('GraphQL enum names', () => {
  test('map values to valid names and back', () => {
    expect(enumName('request-changes')).toBe('request_changes')
    expect(enumName('2fa')).toBe('_2fa')
    expect(enumValues(['in_review', 'request-changes'])).toEqual({ in_review: { value: 'in_review' }, request_changes: { value: 'request-changes' } })
    expect(() => enumValues(['a-b', 'a_b'])).toThrow(/same GraphQL name/)
  })
})

describe('host webhook settings from the environment', () => {
  test('reads comma-separated URLs, the secret and retry tuning', () => {
    expect(webhookEnv({ WORKFLOW_WEBHOOK_URLS: ' https://a.test/h , http://127.0.0.1:9/x ', WORKFLOW_WEBHOOK_SECRET: 's', WORKFLOW_WEBHOOK_RETRIES: '2' })).toEqual({
      urls: ['https://a.test/h', 'http://127.0.0.1:9/x'],
      secret: 's',
      retries: 2,
      backoffMs: undefined,
    })
    expect(webhookEnv({})).toEqual({ urls: [], secret: '', retries: undefined, backoffMs: undefined })
  })
  test('refuses unsigned or malformed settings at startup', () => {
    expect(() => webhookEnv({ WORKFLOW_WEBHOOK_URLS: 'https://a.test/h' })).toThrow(/WORKFLOW_WEBHOOK_SECRET must be set/)
    expect(() => webhookEnv({ WORKFLOW_WEBHOOK_URLS: 'ftp://a.test', WORKFLOW_WEBHOOK_SECRET: 's' })).toThrow(/not an http\(s\) URL/)
    expect(() => webhookEnv({ WORKFLOW_WEBHOOK_BACKOFF_MS: 'soon' })).toThrow(/whole number/)
  })
})
