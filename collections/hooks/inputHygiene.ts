import type { CollectionConfig } from 'payload'
import { refuseMisshapenData } from './refuseMisshapenData.js'
import { refuseNulCharacters } from './refuseNulCharacters.js'
import { systemFieldsReadOnly } from './systemFieldsReadOnly.js'

/** Rules every collection's input obeys, added in one place (collections/index.ts) so new collections get them too. */
export const withInputHygiene = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    // before the operation: Payload's field hooks and the collection's own hooks would crash on misshapen data
    beforeOperation: [refuseMisshapenData, ...(collection.hooks?.beforeOperation ?? [])],
    // first: the collection's own validate hooks may query with the text
    beforeValidate: [refuseNulCharacters, ...(collection.hooks?.beforeValidate ?? [])],
    // last, so no earlier hook can put a caller's createdAt back
    beforeChange: [...(collection.hooks?.beforeChange ?? []), systemFieldsReadOnly],
  },
})
