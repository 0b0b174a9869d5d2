import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'

export type ContractArtefacts = { types: string; schema: string }

/** Where the committed artefacts live (the config's own output paths). */
export const artefactPaths = (config: SanitizedConfig) => ({
  types: config.typescript.outputFile,
  schema: config.graphQL.schemaOutputFile,
})

/** The TypeScript types and GraphQL SDL the current config implies, rendered without touching the committed files. */
export const renderContractArtefacts = async (config: SanitizedConfig): Promise<ContractArtefacts> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'impact-artefacts-'))
  const typesFile = path.join(dir, 'payload-types.ts')
  const previous = process.env.PAYLOAD_TS_OUTPUT_PATH
  try {
    // generateTypes only writes to a file; point it at a scratch one
    process.env.PAYLOAD_TS_OUTPUT_PATH = typesFile
    await generateTypes(config, { log: false })
    return { types: readFileSync(typesFile, 'utf8'), schema: printSchema(configToSchema(config).schema) }
  } finally {
    if (previous === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
    else process.env.PAYLOAD_TS_OUTPUT_PATH = previous
    rmSync(dir, { recursive: true, force: true })
  }
}
