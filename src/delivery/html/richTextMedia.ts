import type { Payload } from 'payload'
import { slugs } from '../../../collections/slugs.js'
import { richTextReferences } from '../../../collections/fields/richText/references.js'
import { hasIdFormat } from '../../db/documentIds.js'

/**
 * The IDs of the Media documents that upload nodes in these rich-text values name, for the one media query of
 * the assembly. IDs of the wrong format (possible only in data written past validation) are left out, so they
 * never reach the database; their nodes then render nothing.
 */
export const richTextMediaIds = (payload: Payload, states: unknown[]): string[] =>
  states
    .flatMap((state) => richTextReferences(state))
    .filter(({ relationTo, id }) => relationTo === slugs.media && hasIdFormat(payload, slugs.media, id))
    .map(({ id }) => id)
