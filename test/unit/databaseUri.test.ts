import { describe, expect, test } from '@jest/globals'
import { databaseAdapter } from '../../src/db/adapter.js'
import { databaseKindOf, UnsupportedDatabaseUriError } from '../../src/db/databaseUri.js'

describe('DATABASE_URI selects the adapter', () => {
  test.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/x.db', 'sqlite'],
    ['postgres://u@127.0.0.1:5432/db', 'postgres'],
    ['postgresql://u@127.0.0.1/db', 'postgres'],
    ['mongodb://127.0.0.1:27017/impact', 'mongodb'],
    ['mongodb+srv://cluster.example/impact', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKindOf(uri)).toBe(kind)
  })

  test('an unknown scheme fails with one line naming the accepted schemes', () => {
    expect(() => databaseKindOf('mysql://127.0.0.1/db')).toThrow(UnsupportedDatabaseUriError)
    const message = (() => {
      try {
        databaseKindOf('mysql://127.0.0.1/db')
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(message).toBe(
      'Unsupported DATABASE_URI scheme "mysql:" — use file: (SQLite), postgres:// or postgresql:// (Postgres), mongodb:// or mongodb+srv:// (MongoDB).',
    )
    expect(message).not.toContain('\n')
  })

  test('each kind builds its Payload adapter, SQL ones with UUID ids', () => {
    const sqlite = databaseAdapter('file:/tmp/never-opened.db')
    expect(sqlite.name).toBe('sqlite')
    expect(sqlite.defaultIDType).toBe('text')
    expect(databaseAdapter('postgres://u@127.0.0.1:1/db').name).toBe('postgres')
    expect(databaseAdapter('mongodb://127.0.0.1:1/db').name).toBe('mongoose')
  })
})
