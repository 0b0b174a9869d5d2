import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CmsError, createCmsClient, type CmsClient } from './cms.js'
import { indexPage, messagePage, reportPage } from './html.js'
import { draftFragment, isDraftReport, previewHeaders, previewShell, previewStyles } from './preview.js'
import { previewClientScript } from './previewClient.js'
import { createWebhookVerifier } from './webhook.js'

export type ReportSiteOptions = {
  /** Where the CMS answers, e.g. http://127.0.0.1:3000 (its GraphQL API is at /api/graphql); a function is read per request. */
  cmsUrl: string | (() => string)
  /** Shared with the CMS's WORKFLOW_WEBHOOK_SECRET; without it POST /revalidate answers 503. */
  webhookSecret?: string
  /** How long a rendered page is kept when no webhook drops it first. @default 300000 (5 minutes) */
  pageTtlMs?: number
  /** At most this many rendered pages are kept (oldest dropped first). @default 200 */
  maxPages?: number
  /** The CMS admin's origin, the only one that may frame `/preview/…` and send it drafts. @default the origin of `cmsUrl` */
  adminOrigin?: string
}

type CachedPage = { html: string; expires: number }

/** Rendered pages by path, with a TTL and a size bound; webhooks drop them. */
export class PageCache {
  private pages = new Map<string, CachedPage>()
  constructor(
    private readonly ttlMs: number,
    private readonly maxPages: number,
  ) {}

  get(path: string): string | undefined {
    const hit = this.pages.get(path)
    if (!hit) return undefined
    if (hit.expires > Date.now()) return hit.html
    this.pages.delete(path)
    return undefined
  }

  set(path: string, html: string): void {
    if (this.ttlMs <= 0) return
    this.pages.delete(path)
    if (this.pages.size >= this.maxPages) this.pages.delete(this.pages.keys().next().value as string)
    this.pages.set(path, { html, expires: Date.now() + this.ttlMs })
  }

  /** Drops these paths (or every page); returns the paths that were cached. */
  drop(paths?: string[]): string[] {
    const dropped = paths ? paths.filter((p) => this.pages.has(p)) : [...this.pages.keys()]
    for (const p of dropped) this.pages.delete(p)
    return dropped
  }

  has(path: string): boolean {
    return this.get(path) !== undefined
  }

  get size(): number {
    return this.pages.size
  }
}

/** What the CMS's workflow webhooks send (plugins/workflow/services/webhooks.ts). */
export type WorkflowWebhook = {
  event: string
  collection: string
  id: string
  slug?: string
  /** The report the change belongs to (impact-cms adds it to every publish/unpublish webhook). */
  report?: { id?: string; slug?: string }
  stage?: string
  timestamp?: string
}

const isWebhook = (value: unknown): value is WorkflowWebhook => {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.event === 'string' && typeof v.collection === 'string' && typeof v.id === 'string' && (v.slug === undefined || typeof v.slug === 'string') &&
    (v.report === undefined || (typeof v.report === 'object' && v.report !== null))
}

export const reportPath = (slug: string): string => `/reports/${encodeURIComponent(slug)}`

/**
 * The pages a webhook makes stale: a report's own page and the index when it names a report by slug;
 * otherwise (evidence, quotes, recommendations carry no slug) every page, since any report may show the item.
 */
export const stalePaths = (hook: WorkflowWebhook): string[] | undefined => {
  const slug = typeof hook.report?.slug === 'string' ? hook.report.slug : hook.collection === 'reports' ? hook.slug : undefined
  return slug ? [reportPath(slug), '/'] : undefined
}

const maxWebhookBytes = 64 * 1024
/** A draft sent for live preview: the report's form values, rich text included. */
const maxDraftBytes = 2 * 1024 * 1024

const readBody = (req: IncomingMessage, maxBytes = maxWebhookBytes): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        resolve(null)
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const send = (res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers })
  res.end(body)
}
const html = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  send(res, status, 'text/html; charset=utf-8', body, headers)
const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body))

/** The site as a request handler: `/`, `/reports/{slug}`, `POST /revalidate`, `/healthz`. */
export const createReportSite = (options: ReportSiteOptions) => {
  const cms: CmsClient = createCmsClient(options.cmsUrl)
  const cache = new PageCache(options.pageTtlMs ?? 300_000, options.maxPages ?? 200)
  const webhooks = options.webhookSecret ? createWebhookVerifier({ secret: options.webhookSecret }) : null

  /** A cached page, or render it from the CMS (null when the CMS has no such report). */
  const cachedPage = async (path: string, render: () => Promise<string | null>): Promise<{ html: string; hit: boolean } | null> => {
    const hit = cache.get(path)
    if (hit !== undefined) return { html: hit, hit: true }
    const rendered = await render()
    if (rendered === null) return null
    cache.set(path, rendered)
    return { html: rendered, hit: false }
  }

  const servePage = async (res: ServerResponse, path: string, render: () => Promise<string | null>) => {
    try {
      const result = await cachedPage(path, render)
      if (!result) return html(res, 404, messagePage('Report not found', 'There is no published report at this address.'))
      html(res, 200, result.html, { 'x-cache': result.hit ? 'HIT' : 'MISS', 'cache-control': 'no-cache' })
    } catch (error) {
      console.error(error instanceof CmsError ? error.message : error)
      html(res, 502, messagePage('Reports are unavailable', 'The content service did not answer. Please try again shortly.'))
    }
  }

  const revalidate = async (req: IncomingMessage, res: ServerResponse) => {
    if (!webhooks) return json(res, 503, { error: 'Revalidation is off: WEBHOOK_SECRET is not set.' })
    const raw = await readBody(req)
    if (raw === null) return json(res, 413, { error: `Body larger than ${maxWebhookBytes} bytes.` })
    // signature, timestamp within 5 minutes, id not seen before (examples/report-site/webhook.ts)
    const checked = webhooks.check(raw, req.headers)
    if (!checked.ok) return json(res, checked.status, { error: checked.error })
    let hook: unknown
    try {
      hook = JSON.parse(raw.toString('utf8'))
    } catch {
      return json(res, 400, { error: 'Body is not JSON.' })
    }
    if (!isWebhook(hook)) return json(res, 400, { error: 'Body is not a workflow webhook (event, collection, id).' })
    const paths = stalePaths(hook)
    const dropped = cache.drop(paths)
    json(res, 200, { revalidated: true, event: hook.event, scope: paths ?? 'all', dropped })
  }

  const adminOrigin = () => options.adminOrigin ?? new URL(typeof options.cmsUrl === 'function' ? options.cmsUrl() : options.cmsUrl).origin

  /**
   * Live preview (`/preview/…`): the admin frames the shell and posts the draft to it; `POST /preview/render`
   * turns the draft into HTML. Never cached, here or anywhere: every answer is `no-store` and the page cache
   * is not touched. Returns false for paths that are not the preview's.
   */
  const preview = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    const headers = previewHeaders(adminOrigin())
    if (path === '/preview/render') {
      if (req.method !== 'POST') return json(res, 405, { error: 'POST only.' }), true
      // only a script can send JSON (a cross-site one must pass a CORS preflight this site never grants): a plain
      // form on another site cannot make this origin render words of its choosing
      if ((req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json') {
        return json(res, 415, { error: 'Send the draft as application/json.' }), true
      }
      const tooLarge = () => (send(res, 413, 'application/json; charset=utf-8', JSON.stringify({ error: `Body larger than ${maxDraftBytes} bytes.` }), { connection: 'close' }), true)
      // a declared length over the bound is refused before reading; a streamed one is cut off when it passes it
      if (Number(req.headers['content-length'] ?? 0) > maxDraftBytes) return tooLarge()
      const raw = await readBody(req, maxDraftBytes)
      if (raw === null) return tooLarge()
      let body: unknown
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        return json(res, 400, { error: 'Body is not JSON.' }), true
      }
      const data: unknown = isDraftReport(body) ? (body as { data?: unknown }).data : undefined
      if (!isDraftReport(data)) return json(res, 400, { error: 'Body is not {"data": {…the report…}}.' }), true
      return html(res, 200, draftFragment(data), headers), true
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    if (path === '/preview/client.js') return send(res, 200, 'text/javascript; charset=utf-8', previewClientScript, headers), true
    if (path === '/preview/preview.css') return send(res, 200, 'text/css; charset=utf-8', previewStyles, headers), true
    if (/^\/preview\/reports\/[^/]+\/?$/.test(path)) return html(res, 200, previewShell(adminOrigin()), headers), true
    return false
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://site.invalid')
    const path = url.pathname
    if (path.startsWith('/preview/') && (await preview(req, res, path))) return
    if (path === '/revalidate') {
      if (req.method !== 'POST') return json(res, 405, { error: 'POST only.' })
      return revalidate(req, res)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return html(res, 405, messagePage('Method not allowed', 'This site only serves pages.'))
    if (path === '/healthz') return json(res, 200, { status: 'ok' })
    if (path === '/') return servePage(res, '/', async () => indexPage(await cms.reports()))
    const match = /^\/reports\/([^/]+)\/?$/.exec(path)
    if (match) {
      let slug: string
      try {
        slug = decodeURIComponent(match[1])
      } catch {
        return html(res, 400, messagePage('Bad address', 'This address is not valid.'))
      }
      return servePage(res, reportPath(slug), async () => {
        const doc = await cms.report(slug)
        return doc ? reportPage(doc) : null
      })
    }
    html(res, 404, messagePage('Page not found', 'There is nothing at this address.'))
  }

  return {
    cache,
    cms,
    handler: (req: IncomingMessage, res: ServerResponse) => {
      handle(req, res).catch((error: unknown) => {
        console.error(error)
        if (!res.headersSent) json(res, 500, { error: 'Internal error' })
        else res.destroy()
      })
    },
  }
}

export type RunningReportSite = ReturnType<typeof createReportSite> & { server: Server; url: string; close: () => Promise<void> }

/** Starts the site on `port` (0: any free one). */
export const startReportSite = async (options: ReportSiteOptions & { port?: number; host?: string }): Promise<RunningReportSite> => {
  const site = createReportSite(options)
  const server = createServer(site.handler)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const { address, port } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address
  return {
    ...site,
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
      }),
  }
}
