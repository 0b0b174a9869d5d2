import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, isolateObjectProperty, killTransaction, type PayloadRequest } from 'payload'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Finding 5 at the adapter: an operation that holds the SQLite write turn and writes once more with its
 * transaction cleared (as Payload's forgotPassword does) used to fail with "database is locked". That write
 * now joins the holder's transaction: it commits and rolls back with it.
 */
let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
})
afterAll(async () => {
  await server?.close()
})

const nameOf = async (id: string) => (await server.payload.findByID({ collection: 'organisations', id })).name

/** Begins a transaction as Payload's operations do, then writes with a request whose transaction is cleared. */
const writeOutsideOwnTransaction = async (id: string, name: string): Promise<PayloadRequest> => {
  const req = await createLocalReq({}, server.payload)
  await initTransaction(req)
  const outside = isolateObjectProperty(req, 'transactionID')
  outside.transactionID = undefined
  await server.payload.db.updateOne({ collection: 'organisations', id, data: { name }, req: outside })
  return req
}

test('the write commits with the operation that holds the turn', async () => {
  const organisation = await server.payload.create({ collection: 'organisations', data: { name: 'Before', type: 'other' } })
  const req = await writeOutsideOwnTransaction(organisation.id, 'Joined and committed')
  await commitTransaction(req)
  expect(await nameOf(organisation.id)).toBe('Joined and committed')
})

test('the write rolls back with the operation that holds the turn', async () => {
  const organisation = await server.payload.create({ collection: 'organisations', data: { name: 'Kept', type: 'other' } })
  const req = await writeOutsideOwnTransaction(organisation.id, 'Joined and rolled back')
  await killTransaction(req)
  expect(await nameOf(organisation.id)).toBe('Kept')
})

test('saves queued behind the holder still land afterwards', async () => {
  const organisation = await server.payload.create({ collection: 'organisations', data: { name: 'Queued', type: 'other' } })
  const req = await writeOutsideOwnTransaction(organisation.id, 'First')
  const waiting = server.payload.update({ collection: 'organisations', id: organisation.id, data: { name: 'Second' } })
  await commitTransaction(req)
  await waiting
  expect(await nameOf(organisation.id)).toBe('Second')
})
