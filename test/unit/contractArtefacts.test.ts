import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { artefactPaths, renderContractArtefacts } from '../../src/cli/contractArtefacts.js'
import { buildImpactConfig } from '../../src/config.js'

/** Frontends build against the committed types and schema: they must match the config. */
describe('committed contract artefacts', () => {
  test('payload-types.ts and schema.graphql are current (run `npm run generate` when this fails)', async () => {
    const config = await buildImpactConfig({ databaseUri: 'file:/tmp/never-opened.db', secret: 'unit' })
    const rendered = await renderContractArtefacts(config)
    const paths = artefactPaths(config)
    expect(readFileSync(paths.types, 'utf8') === rendered.types).toBe(true)
    expect(readFileSync(paths.schema, 'utf8') === rendered.schema).toBe(true)
    expect(rendered.schema).toContain('type Evidence')
    expect(rendered.types).toContain('export interface Report')
  })
})
