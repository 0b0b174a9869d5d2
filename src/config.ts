import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config, type SanitizedConfig } from 'payload'
import { collections } from '../collections/index.js'
import { slugs } from '../collections/slugs.js'
import { markIconUrl } from './admin/branding/mark.js'
import { withReadableDiffs } from './admin/readableDiffs.js'
import { databaseAdapter } from './db/adapter.js'
import { emailFromEnv } from './email/smtpAdapter.js'
import { deliveryPlugin } from './delivery/plugin.js'
import { queryPathGuard } from './access/refuseUnreadableQueryPaths.js'
import { payloadSecret } from './secret.js'
import { requestLimitsFromEnv } from './http/requestLimits.js'
import { trustedOrigins } from './http/trustedOrigins.js'
import { workflowJobs } from './workflow/jobs.js'
import { impactWorkflowOptions } from './workflow/options.js'
import { workflowPlugin } from '../plugins/workflow/index.js'
import { ifMatchPreconditions } from './preconditions/plugin.js'
import { reportExportPlugin } from './export/plugin.js'
import { evidenceImport } from './import/plugin.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type ImpactConfigOptions = {
  /** Defaults to DATABASE_URI; tests pass a file of their own. */
  databaseUri?: string
  secret?: string
  /** Applied last, e.g. a test's email adapter. */
  extend?: (config: Config) => Config
}

/** The whole CMS configuration; `payload.config.ts` is this with the environment's settings. */
export const buildImpactConfig = (options: ImpactConfigOptions = {}): Promise<SanitizedConfig> => {
  const config: Config = {
    secret: options.secret ?? payloadSecret(),
    serverURL: process.env.SERVER_URL ?? '',
    // Browser sessions (the login cookie) count only from these origins; SERVER_URL is one of them.
    csrf: trustedOrigins(),
    cors: trustedOrigins(),
    admin: {
      user: slugs.users,
      avatar: 'default',
      importMap: { baseDir: rootDir, importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' — impact-cms', icons: [{ rel: 'icon', type: 'image/svg+xml', url: markIconUrl }] },
      // the project's own dashboard and brand (src/admin); the workflow plugin appends "Waiting for you" after it
      components: {
        beforeDashboard: ['/src/admin/dashboard/EditorsDashboard.js#EditorsDashboard'],
        graphics: { Logo: '/src/admin/branding/Logo.js#Logo', Icon: '/src/admin/branding/Icon.js#Icon' },
      },
    },
    // version comparisons show an unset choice as nothing, not `null`
    collections: withReadableDiffs(collections),
    editor: lexicalEditor(),
    db: databaseAdapter(options.databaseUri ?? process.env.DATABASE_URI),
    graphQL: {
      schemaOutputFile: path.resolve(rootDir, 'schema.graphql'),
      maxComplexity: 1000,
      // the full introspection answer is 2.3 MB and ~100 ms of CPU per request; sites use the committed schema.graphql
      disableIntrospectionInProduction: true,
    },
    typescript: { autoGenerate: false, outputFile: path.resolve(rootDir, 'payload-types.ts') },
    // ifMatchPreconditions last: it covers the collections the plugins before it add
    // queryPathGuard after them for the same reason: where/sort paths into collections the caller cannot list
    // deliveryPlugin first: its cache-emptying hooks run before the workflow's, as when they were part of the collections
    plugins: [deliveryPlugin(), workflowPlugin(impactWorkflowOptions()), reportExportPlugin(), evidenceImport(), ifMatchPreconditions(), queryPathGuard()],
    jobs: workflowJobs(),
    email: emailFromEnv(),
    // the Express guard (src/http/requestBodyGuard.ts) refuses bigger multipart bodies first; this keeps Payload's own parser in step
    upload: { limits: { fileSize: requestLimitsFromEnv().maxUploadBytes } },
    telemetry: false,
  }
  return buildConfig(options.extend ? options.extend(config) : config)
}
