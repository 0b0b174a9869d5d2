import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import express from 'express'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { closeDatabase } from './db/closeDatabase.js'
import { logPostgresPoolErrors } from './db/poolErrors.js'
import { listenForDeliveryChanges } from './delivery/crossInstanceInvalidation.js'
import { apiInputGuards } from './http/apiInputGuards.js'
import { apiRoutes } from './http/apiRoutes.js'
import { assembledFastPath, assembledFastPathRoute } from './http/assembledFastPath.js'
import { errorHandler } from './http/errorHandler.js'
import { healthRoute } from './http/healthRoute.js'
import { originCheck } from './http/originCheck.js'
import { requestLimitsFromEnv } from './http/requestLimits.js'
import { securityHeaders } from './http/securityHeaders.js'
import { seedIfEmpty } from './seed/seedIfEmpty.js'
import { signOffRoutes } from './signoff/routes.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type ServerOptions = {
  config: SanitizedConfig | Promise<SanitizedConfig>
  /** Serve the Next admin at /admin; false gives an API-only server that starts in seconds. */
  admin?: boolean
  dev?: boolean
  /** Seed frameworks, organisations and the example reports when the database is empty. */
  seed?: boolean
  /** Also create one demo user per role (never by default in production). */
  demoUsers?: boolean
}

export type RunningServer = {
  payload: Payload
  server: Server
  url: string
  close: () => Promise<void>
}

export const createApp = async (options: ServerOptions) => {
  const config = await options.config
  const payload = await getPayload({ config })
  if (options.seed) await seedIfEmpty(payload, { demoUsers: options.demoUsers ?? false })

  const app = express()
  app.disable('x-powered-by')
  app.use(securityHeaders({ dev: options.dev ?? false }))
  app.get('/healthz', healthRoute(payload))
  // before every route that can write (REST, GraphQL, workflow endpoints, the admin's server actions)
  app.use(originCheck({ trustedOrigins: config.csrf, cookieName: `${config.cookiePrefix}-token` }))
  app.get(assembledFastPathRoute(config), assembledFastPath(payload))
  app.use('/api', apiInputGuards(requestLimitsFromEnv(), config))
  app.use(apiRoutes(config))
  // the speaker's sign-off page: outside /api, no account (the signed link is the credential)
  app.use(signOffRoutes(payload))
  if (options.admin) {
    const { default: next } = await import('next')
    // webpack, not Turbopack: Turbopack cannot resolve our ESM `./x.js` imports of `.ts` files.
    const nextApp = next({ dev: options.dev ?? false, dir: rootDir, webpack: true })
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    app.get('/', (_req, res) => res.redirect('/admin'))
    app.all('/{*path}', (req, res) => handle(req, res))
  }
  app.use(errorHandler)
  return { app, payload }
}

/** Starts listening; `close` stops accepting, lets in-flight requests finish, then closes the database. */
export const startServer = async (options: ServerOptions & { port?: number; host?: string }): Promise<RunningServer> => {
  const { app, payload } = await createApp(options)
  logPostgresPoolErrors(payload) // a database restart must not end the process
  // Postgres: other instances' publishes empty this one's report cache
  const deliveryListener = listenForDeliveryChanges(payload)
  await deliveryListener?.ready
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port ?? 0, options.host ?? '0.0.0.0', (error?: Error) => (error ? reject(error) : resolve(s)))
  })
  // Idle keep-alive connections stay open longer than clients and proxies keep theirs (load balancers: 60 s, fetch:
  // 4 s), so the client always closes first. With Node's 5 s default a client could send on a connection the server
  // was closing at that moment and get ECONNRESET (seen in tests when the event loop stalled; behind a balancer: 502s).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  const { port } = server.address() as AddressInfo
  let closing: Promise<void> | undefined
  // a request in flight when close() began leaves its connection idle when it ends: close it then, or close()
  // would wait out the keep-alive timeout
  server.on('request', (_request, response) =>
    response.on('close', () => {
      if (closing) setImmediate(() => server.closeIdleConnections())
    }),
  )
  const close = () =>
    (closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      server.closeIdleConnections()
    })
      .then(() => deliveryListener?.close())
      .then(() => closeDatabase(payload)))
  return { payload, server, url: `http://127.0.0.1:${port}`, close }
}

export const main = async () => {
  const { default: config } = await import('../payload.config.js')
  const production = process.env.NODE_ENV === 'production'
  const running = await startServer({
    config,
    admin: process.env.ADMIN !== 'false',
    // ADMIN_DEV=false serves a prebuilt admin (next build) even outside production, e.g. in e2e tests.
    dev: process.env.ADMIN_DEV ? process.env.ADMIN_DEV === 'true' : !production,
    seed: process.env.SEED !== 'false',
    demoUsers: process.env.SEED_DEMO_USERS === '1' || (!production && process.env.SEED_DEMO_USERS !== '0'),
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST,
  })
  running.payload.logger.info(`impact-cms listening on ${running.url.replace('127.0.0.1', 'localhost')} (admin: /admin, API: /api, GraphQL: /api/graphql)`)
  const shutdown = (signal: string) => {
    running.payload.logger.info(`${signal}: finishing in-flight requests, then closing the database`)
    running.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
