import { createHash } from 'node:crypto'
import { printStyles } from './htmlStyles.js'

const styleHash = `'sha256-${createHash('sha256').update(printStyles).digest('base64')}'`

/** Whether a request path is a report export (`/api/reports/{slug}/export`). */
export const isReportExportPath = (path: string): boolean => /^\/api\/reports\/[^/]+\/export$/.test(path)

/**
 * Headers of an export answer (set by the security-headers middleware, so nothing later weakens them). Like the
 * rest of the API — nothing runs, frames it or submits from it (`script-src 'none'`, sandbox without scripts) —
 * except that the print HTML's one inline stylesheet is allowed by its hash, and images may come from the CMS
 * or https. For JSON, CSV and PDF the policy changes nothing.
 */
export const exportPageHeaders = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${styleHash}`,
    "img-src 'self' https: data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    'sandbox',
  ].join('; '),
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
}
