import type { RequestHandler } from 'express'
import { exportPageHeaders, isReportExportPath } from '../export/exportHeaders.js'
import { livePreviewOrigin } from '../livePreview/reportLivePreview.js'
import { signOffPageHeaders } from '../signoff/page.js'

const policy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

/**
 * JSON, health and media files: a document that may load, run and frame nothing. `sandbox` makes an
 * uploaded SVG or HTML opened directly an opaque origin without scripts, so it cannot reach the session.
 */
const apiHeaders = {
  'Content-Security-Policy': policy({
    'default-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    sandbox: [],
  }),
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
}

/**
 * The Next admin. Next streams its React payload as inline <script> tags and Payload's UI sets inline
 * styles, so script-src and style-src allow 'unsafe-inline'. Nonces would need every admin page rendered
 * with a per-request nonce that Payload's admin does not pass through; everything else is same-origin only.
 * Development adds eval and websockets for hot reload.
 */
const adminHeaders = (dev: boolean) => ({
  'Content-Security-Policy': policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    // the report edit view frames the live preview site (LIVE_PREVIEW_URL), nothing else
    'frame-src': ["'self'", ...[livePreviewOrigin()?.origin].filter((origin): origin is string => Boolean(origin))],
    'object-src': ["'none'"],
    'frame-ancestors': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  }),
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'same-origin',
})

const servedByPayload = (path: string) => path === '/healthz' || path === '/api' || path.startsWith('/api/')

/**
 * Security headers on every response, applied as the headers are written so that no later handler
 * (Payload's own CSP for SVG files, Next's X-Powered-By) can weaken them. Register it first.
 */
export const securityHeaders = ({ dev }: { dev: boolean }): RequestHandler => {
  const admin = adminHeaders(dev)
  return (req, res, next) => {
    // report exports: the API's policy, except the print page's stylesheet (src/export/exportHeaders.ts);
    // the public sign-off page: its own strict policy (no script, its one stylesheet by hash, src/signoff/page.ts)
    const own = isReportExportPath(req.path) ? exportPageHeaders : servedByPayload(req.path) ? apiHeaders : req.path.startsWith('/signoff/') ? signOffPageHeaders : admin
    const headers = { 'X-Content-Type-Options': 'nosniff', ...own }
    const writeHead = res.writeHead
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!this.headersSent) {
        for (const [name, value] of Object.entries(headers)) this.setHeader(name, value)
        this.removeHeader('X-Powered-By')
      }
      return writeHead.apply(this, args)
    } as typeof writeHead
    next()
  }
}
