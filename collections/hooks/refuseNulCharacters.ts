import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { nulMessage, pathOfNulCharacter } from '../../src/input/nulCharacters.js'

/**
 * Refuses text holding a NUL character (\u0000) in any field, from any API: SQLite would store the text cut
 * short at it and Postgres refuses it with a 500, so without this a save silently loses the rest of the text.
 */
export const refuseNulCharacters: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const path = pathOfNulCharacter(data)
  if (path === undefined) return data
  throw new ValidationError({ collection: collection.slug, errors: [{ path, message: nulMessage('') }], req })
}
