import type { Role } from '../../src/access/roles.js'
import type { TestServer } from './testServer.js'

export type Account = { id: string; email: string; token: string }
export type AccountSpec = { role: Role; organisations: string[] }

/**
 * One signed-in account per name, created with the Local API and logged in over REST. On an empty install
 * the first account always becomes an admin (firstUserIsAdmin), so a bystander owner takes that place first.
 */
export const createAccounts = async <Name extends string>(
  server: TestServer,
  specs: Record<Name, AccountSpec>,
  emailOf: (name: Name) => string,
  displayName?: (name: Name) => string,
): Promise<Record<Name, Account>> => {
  const { payload } = server
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({ collection: 'users', data: { email: `owner-${emailOf(Object.keys(specs)[0] as Name)}`, password: 'owner-password', role: 'admin' } })
  }
  const accounts = {} as Record<Name, Account>
  for (const name of Object.keys(specs) as Name[]) {
    const email = emailOf(name)
    const password = `${name}-password`
    const user = await payload.create({
      collection: 'users',
      data: { email, password, ...(displayName ? { name: displayName(name) } : {}), ...specs[name] },
    })
    accounts[name] = { id: user.id, email, token: await server.login(email, password) }
  }
  return accounts
}
