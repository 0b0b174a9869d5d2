import { startChildServer, type ChildServer } from './childServer.js'

/**
 * A second instance of the API on an existing database, in a process of its own (Payload allows one instance
 * per process), as a load balancer's second backend would run it: same `PAYLOAD_SECRET` (tokens work on
 * either), no seeding. Development mode, so its jobs cron runs (tests run with NODE_ENV=test, which turns it
 * off) and the schema is pushed as the first instance pushed it. `env` adds or overrides variables.
 */
export const startPeerInstance = (databaseUri: string, env: Record<string, string> = {}): Promise<ChildServer> =>
  startChildServer({
    DATABASE_URI: databaseUri,
    NODE_ENV: 'development',
    PAYLOAD_SECRET: 'test-secret',
    SEED: 'false',
    SEED_DEMO_USERS: '0',
    ...env,
  })
