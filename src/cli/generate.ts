/** `npm run generate`: refreshes the committed contract artefacts, payload-types.ts and schema.graphql. */
import { writeFileSync } from 'node:fs'
import { artefactPaths, renderContractArtefacts } from './contractArtefacts.js'

const { default: config } = await import('../../payload.config.js')
const resolved = await config
const artefacts = await renderContractArtefacts(resolved)
const paths = artefactPaths(resolved)
writeFileSync(paths.types, artefacts.types)
writeFileSync(paths.schema, artefacts.schema)
console.log(`wrote ${paths.types} and ${paths.schema}`)
