import { execFileSync, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from '../net/freePort.js'

export type PostgresServer = {
  /** A URI of a new, empty database on this server. */
  createDatabase: () => Promise<string>
  stop: () => Promise<void>
}

const binDir = (): string | undefined => {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a))
  return versions.map((v) => path.join(root, v, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')))
}

/** Runs a Postgres binary as the `postgres` user when we are root (initdb refuses to run as root). */
const runAsOwner = (command: string, args: string[]) => {
  const asRoot = process.getuid?.() === 0
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  const result = spawnSync(file, argv, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`)
}

const withDatabaseName = (uri: string, name: string) => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * A Postgres for tests, benchmarks and migration generation: POSTGRES_URI when given, else a throwaway cluster from Debian's
 * postgresql package on a free loopback port. Undefined when neither exists.
 */
export const startPostgres = async (): Promise<PostgresServer | undefined> => {
  const external = process.env.POSTGRES_URI
  let adminUri: string
  let stop = async () => {}
  if (external) {
    adminUri = external
  } else {
    const bin = binDir()
    if (!bin) return undefined
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'impact-pg-'))
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dataDir])
    const port = await freePort()
    runAsOwner(path.join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync'])
    // -l: the server must not inherit our stdio, or a synchronous caller waits on the pipe forever.
    runAsOwner(path.join(bin, 'pg_ctl'), [
      '-D', dataDir,
      '-l', path.join(dataDir, 'server.log'),
      '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dataDir} -c fsync=off`,
      '-w', 'start',
    ])
    adminUri = `postgres://postgres@127.0.0.1:${port}/postgres`
    stop = async () => {
      runAsOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  return {
    createDatabase: async () => {
      const name = `impact_${randomUUID().replace(/-/g, '')}`
      const client = new pg.Client({ connectionString: adminUri })
      await client.connect()
      await client.query(`CREATE DATABASE ${name}`)
      await client.end()
      return withDatabaseName(adminUri, name)
    },
    stop,
  }
}

/** Whether startPostgres can give a server, decided without starting one: POSTGRES_URI, or Debian's binaries. */
export const postgresObtainable = (): boolean => Boolean(process.env.POSTGRES_URI) || binDir() !== undefined
