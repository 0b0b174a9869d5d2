import { createHmac } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import {
  defaultWebhookToleranceSeconds,
  signWebhook,
  verifyWebhook,
  webhookHeaderNames,
  webhookHeaders,
  webhookKey,
} from '../../../plugins/workflow/services/signature.js'

const body = '{"event":"publish","id":"1"}'
const now = new Date('2026-12-02T10:00:00.000Z')
const seconds = now.getTime() / 1000

describe('webhook signatures (Standard Webhooks)', () => {
  test('header names and the 5-minute tolerance', () => {
    expect(webhookHeaderNames).toEqual({ id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' })
    expect(defaultWebhookToleranceSeconds).toBe(300)
  })

  test('a whsec_ secret is keyed by its base64 bytes, any other by its UTF-8 bytes', () => {
    const raw = Buffer.from('0123456789abcdef0123456789abcdef')
    expect(webhookKey(`whsec_${raw.toString('base64')}`)).toEqual(raw)
    expect(webhookKey('plain secret')).toEqual(Buffer.from('plain secret', 'utf8'))
    expect(webhookKey('whse_x')).toEqual(Buffer.from('whse_x'))
  })

  test('signs "{id}.{timestamp}.{body}" with HMAC-SHA256', () => {
    const expected = createHmac('sha256', Buffer.from('s3cret')).update(`msg_1.${seconds}.${body}`).digest('base64')
    expect(signWebhook('s3cret', 'msg_1', seconds, body)).toBe(`v1,${expected}`)
  })

  test('headers: the id, whole seconds, and the signature of this attempt', () => {
    const headers = webhookHeaders('s3cret', { id: 'msg_1', body, now: new Date(now.getTime() + 999) })
    expect(headers).toEqual({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(seconds), 'webhook-signature': signWebhook('s3cret', 'msg_1', seconds, body) })
    const current = Math.floor(Date.now() / 1000)
    expect(Number(webhookHeaders('s', { id: 'x', body })['webhook-timestamp'])).toBeGreaterThanOrEqual(current)
  })
})

describe('verifyWebhook', () => {
  const headers = webhookHeaders('s3cret', { id: 'msg_1', body, now })

  test('accepts the exact delivery, from a Headers object too', () => {
    expect(verifyWebhook('s3cret', { body, headers }, { now })).toEqual({ ok: true, id: 'msg_1', timestamp: seconds })
    expect(verifyWebhook('s3cret', { body, headers: new Headers(headers) }, { now })).toEqual({ ok: true, id: 'msg_1', timestamp: seconds })
  })

  test('refuses a missing or empty header', () => {
    for (const name of Object.values(webhookHeaderNames)) {
      const { [name]: _gone, ...rest } = headers
      expect(verifyWebhook('s3cret', { body, headers: rest }, { now })).toEqual({ ok: false, reason: 'Missing webhook-id, webhook-timestamp or webhook-signature.' })
      expect(verifyWebhook('s3cret', { body, headers: { ...headers, [name]: '' } }, { now }).ok).toBe(false)
      expect(verifyWebhook('s3cret', { body, headers: { ...headers, [name]: [headers[name]] } }, { now }).ok).toBe(false)
    }
  })

  test('refuses a timestamp that is not whole seconds, or too far either way', () => {
    for (const bad of ['12.5', '-5', '1e9', '', ' 1', '1234567890123456']) {
      const result = verifyWebhook('s3cret', { body, headers: { ...headers, 'webhook-timestamp': bad } }, { now })
      expect(result.ok).toBe(false)
    }
    expect(verifyWebhook('s3cret', { body, headers: { ...headers, 'webhook-timestamp': 'soon' } }, { now })).toEqual({
      ok: false,
      reason: 'webhook-timestamp is not a number of seconds.',
    })
    const at = (offset: number) => {
      const signed = webhookHeaders('s3cret', { id: 'msg_1', body, now: new Date(now.getTime() + offset * 1000) })
      return verifyWebhook('s3cret', { body, headers: signed }, { now })
    }
    expect(at(300).ok).toBe(true)
    expect(at(-300).ok).toBe(true)
    expect(at(301)).toEqual({ ok: false, reason: 'webhook-timestamp is more than 300 seconds from now.' })
    expect(at(-301).ok).toBe(false)
    expect(verifyWebhook('s3cret', { body, headers }, { now: new Date(now.getTime() + 20_000), toleranceSeconds: 10 })).toEqual({
      ok: false,
      reason: 'webhook-timestamp is more than 10 seconds from now.',
    })
  })

  test('refuses another body, secret or id; accepts any matching entry of a list', () => {
    const mismatch = { ok: false, reason: 'webhook-signature does not match.' }
    expect(verifyWebhook('s3cret', { body: `${body} `, headers }, { now })).toEqual(mismatch)
    expect(verifyWebhook('other', { body, headers }, { now })).toEqual(mismatch)
    expect(verifyWebhook('s3cret', { body, headers: { ...headers, 'webhook-id': 'msg_2' } }, { now })).toEqual(mismatch)
    const good = headers['webhook-signature']
    expect(verifyWebhook('s3cret', { body, headers: { ...headers, 'webhook-signature': `v1,AAAA ${good}` } }, { now }).ok).toBe(true)
    expect(verifyWebhook('s3cret', { body, headers: { ...headers, 'webhook-signature': `${good} v1,AAAA` } }, { now }).ok).toBe(true)
    expect(verifyWebhook('s3cret', { body, headers: { ...headers, 'webhook-signature': `${good}x` } }, { now })).toEqual(mismatch)
  })
})
