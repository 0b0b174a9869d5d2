import type { Payload } from 'payload'
import { createAccounts, type AccountSpec } from './accounts.js'
import type { TestServer } from './testServer.js'
import { signOffOnRecord } from '../../src/signoff/onRecord.js'

export type Actor = 'anonymous' | 'contributorOwn' | 'contributorOther' | 'reviewer' | 'editor' | 'admin'
export const actors: Actor[] = ['anonymous', 'contributorOwn', 'contributorOther', 'reviewer', 'editor', 'admin']

/** A small world: two organisations, a framework with two goals, one account per role (two contributors). */
export const createWorld = async (server: TestServer) => {
  const { payload } = server
  const orgA = await payload.create({ collection: 'organisations', data: { name: 'Org A Trust', type: 'nhs-trust' } })
  const orgB = await payload.create({ collection: 'organisations', data: { name: 'Org B Council', type: 'local-authority' } })
  const framework = await payload.create({ collection: 'frameworks', data: { name: 'Test Goals', edition: '1', status: 'active' } })
  const otherFramework = await payload.create({ collection: 'frameworks', data: { name: 'Other Goals', edition: '1', status: 'active' } })
  const goal1 = await payload.create({ collection: 'goals', data: { framework: framework.id, number: 1, title: 'First goal' } })
  const goal2 = await payload.create({ collection: 'goals', data: { framework: framework.id, number: 2, title: 'Second goal' } })
  const foreignGoal = await payload.create({ collection: 'goals', data: { framework: otherFramework.id, number: 1, title: 'Foreign goal' } })

  const accounts: Record<Exclude<Actor, 'anonymous'>, AccountSpec> = {
    admin: { role: 'admin', organisations: [] },
    contributorOwn: { role: 'contributor', organisations: [orgA.id] },
    contributorOther: { role: 'contributor', organisations: [orgB.id] },
    reviewer: { role: 'reviewer', organisations: [] },
    editor: { role: 'editor', organisations: [] },
  }
  const users = await createAccounts(server, accounts, (name) => `${name.toLowerCase()}@world.test`)
  const tokenOf = (actor: Actor): string | undefined => (actor === 'anonymous' ? undefined : users[actor].token)
  return { orgA, orgB, framework, otherFramework, goal1, goal2, foreignGoal, users, tokenOf }
}

export type World = Awaited<ReturnType<typeof createWorld>>

/** A report of organisation A with one evidence item, quote and recommendation, all in `status`. */
export const createReportWithChildren = async (
  payload: Payload,
  world: World,
  status: 'draft' | 'published',
  title: string,
) => {
  const mode = status === 'draft' ? ({ draft: true } as const) : ({ draft: false } as const)
  const report = await payload.create({
    collection: 'reports',
    ...mode,
    data: { title, organisation: world.orgA.id, framework: world.framework.id, _status: status },
  })
  const child = { report: report.id, _status: status }
  const evidence = await payload.create({
    collection: 'evidence',
    ...mode,
    data: { ...child, title: `${title} evidence`, goal: world.goal1.id, assurance: 'self-reported' },
  })
  const quote = await payload.create({
    collection: 'quotes',
    ...mode,
    data: { ...child, text: `${title} words`, speakerName: 'A Speaker', context: 'statement' },
    // signed off on record: fixtures are not about the sign-off link (test/int/signoff*.test.ts are)
    context: signOffOnRecord(`${title} words`, 'test fixture'),
  })
  const recommendation = await payload.create({
    collection: 'recommendations',
    ...mode,
    data: { ...child, title: `${title} recommendation`, status: 'proposed' },
  })
  return { report, evidence, quote, recommendation }
}

/** Accounts whose organisation memberships must not matter, or must decide, for access (issue 13). */
export type MemberActor =
  | 'reviewerOwn'
  | 'reviewerOther'
  | 'editorOwn'
  | 'editorOther'
  | 'adminOwn'
  | 'adminOther'
  | 'contributorNone'
export const memberActors: MemberActor[] = ['reviewerOwn', 'reviewerOther', 'editorOwn', 'editorOther', 'adminOwn', 'adminOther', 'contributorNone']

/**
 * Staff who belong to organisation A ("own", the organisation of the world's documents) or B ("other"), and a
 * contributor who belongs to none. Staff rights must not depend on memberships; a contributor's only do.
 */
export const createMemberAccounts = async (server: TestServer, world: World) => {
  const specs: Record<MemberActor, AccountSpec> = {
    reviewerOwn: { role: 'reviewer', organisations: [world.orgA.id] },
    reviewerOther: { role: 'reviewer', organisations: [world.orgB.id] },
    editorOwn: { role: 'editor', organisations: [world.orgA.id] },
    editorOther: { role: 'editor', organisations: [world.orgB.id] },
    adminOwn: { role: 'admin', organisations: [world.orgA.id] },
    adminOther: { role: 'admin', organisations: [world.orgB.id] },
    contributorNone: { role: 'contributor', organisations: [] },
  }
  return createAccounts(server, specs, (name) => `${name.toLowerCase()}@members.test`)
}
