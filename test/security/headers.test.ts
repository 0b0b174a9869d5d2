import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import express from 'express'
import nextConfig from '../../next.config.mjs'
import { securityHeaders } from '../../src/http/securityHeaders.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Finding 10: every response carries nosniff, frame protection, a CSP and a Referrer-Policy, and no
 * X-Powered-By. JSON and media files get a policy that allows nothing (uploaded SVG is sandboxed); the
 * admin gets one it can run under (test/e2e/admin.test.ts drives it in Chromium).
 */
let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
})
afterAll(async () => {
  await server?.close()
})

const directives = (policy: string | null) =>
  Object.fromEntries((policy ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]))

const expectLockedDown = (headers: Headers) => {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('x-frame-options')).toBe('DENY')
  expect(headers.get('referrer-policy')).toBe('no-referrer')
  expect(headers.get('x-powered-by')).toBeNull()
  expect(directives(headers.get('content-security-policy'))).toMatchObject({
    'default-src': "'none'",
    'frame-ancestors': "'none'",
    sandbox: '',
  })
}

describe('API responses', () => {
  test('JSON: success, not found, refused, health', async () => {
    const responses = [
      await server.request('/api/organisations?limit=1'),
      await server.request('/api/no-such-collection'),
      await server.request('/api/organisations', { body: { name: 'x' }, headers: { cookie: 'payload-token=x', origin: 'https://evil.example' } }),
      await server.request('/healthz'),
    ]
    expect(responses.map((r) => r.status)).toEqual([200, 404, 403, 200])
    for (const { headers } of responses) expectLockedDown(headers)
  })

  test('an uploaded SVG is served sandboxed, whatever policy Payload sets for it', async () => {
    // Payload refuses SVGs with scripts on upload; the policy is the second line should one slip through
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    const media = await server.payload.create({
      collection: 'media',
      data: { alt: 'Header test' },
      file: { data: Buffer.from(svg), mimetype: 'image/svg+xml', name: `headers-${Date.now()}.svg`, size: svg.length },
    })
    try {
      const file = await fetch(`${server.url}/api/media/file/${media.filename}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/svg/)
      expectLockedDown(file.headers)
    } finally {
      await server.payload.delete({ collection: 'media', id: media.id })
    }
  })
})

describe('admin responses', () => {
  test('a policy Next can run under, framing by itself only, X-Powered-By removed even when set downstream', async () => {
    const app = express()
    app.use(securityHeaders({ dev: false }))
    app.get('/admin', (_req, res) => {
      res.setHeader('X-Powered-By', 'Next.js, Payload')
      res.send('<html></html>')
    })
    const listening = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => listening.once('listening', resolve))
    try {
      const { port } = listening.address() as AddressInfo
      const { headers } = await fetch(`http://127.0.0.1:${port}/admin`)
      expect(headers.get('x-powered-by')).toBeNull()
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(headers.get('referrer-policy')).toBe('same-origin')
      const policy = directives(headers.get('content-security-policy'))
      expect(policy).toMatchObject({
        'default-src': "'self'",
        'frame-ancestors': "'self'",
        'object-src': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      })
      expect(policy['script-src']).not.toContain('unsafe-eval')
    } finally {
      listening.close()
    }
  })

  test('development adds what hot reload needs', async () => {
    const app = express()
    app.use(securityHeaders({ dev: true }))
    app.get('/admin', (_req, res) => res.send('ok'))
    const listening = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => listening.once('listening', resolve))
    try {
      const { port } = listening.address() as AddressInfo
      const policy = directives((await fetch(`http://127.0.0.1:${port}/admin`)).headers.get('content-security-policy'))
      expect(policy['script-src']).toContain("'unsafe-eval'")
      expect(policy['connect-src']).toContain('ws:')
    } finally {
      listening.close()
    }
  })

  test('Next does not announce itself (poweredByHeader: false)', () => {
    expect(nextConfig.poweredByHeader).toBe(false)
  })
})
