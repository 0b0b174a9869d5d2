/**
 * Example frontend: renders the CMS's published reports as HTML and drops its cached pages on signed webhooks.
 *   CMS_URL=http://127.0.0.1:3000 WEBHOOK_SECRET=… PORT=4000 npm run example:site
 */
import { startReportSite } from './site.js'

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:3000'
const webhookSecret = process.env.WEBHOOK_SECRET || undefined
const pageTtlMs = process.env.PAGE_TTL_MS ? Number(process.env.PAGE_TTL_MS) : undefined
// the origin of the CMS admin that frames /preview/… (defaults to CMS_URL's)
const adminOrigin = process.env.ADMIN_ORIGIN || undefined

const site = await startReportSite({
  cmsUrl,
  webhookSecret,
  pageTtlMs,
  adminOrigin,
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
})
console.log(`report site on ${site.url} (CMS ${cmsUrl}; POST /revalidate ${webhookSecret ? 'on' : 'off: set WEBHOOK_SECRET'})`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    site.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
