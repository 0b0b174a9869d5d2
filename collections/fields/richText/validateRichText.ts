import { ValidationError, type FieldHook, type RichTextFieldValidation } from 'payload'
import { collectionRules } from './collectionRules.js'
import { inspectRichText } from './inspectRichText.js'
import { normaliseReferences } from './normaliseReferences.js'
import { missingReference } from './referencesExist.js'

/**
 * beforeValidate, first of all hooks: populated upload/relationship/link documents are reduced to their IDs, and
 * a value of the wrong shape is refused here (400) because the editor's own hooks, which run next, crash on it.
 */
export const screenRichText: FieldHook = ({ value, path, collection, req }) => {
  const reduced = normaliseReferences(value)
  const inspection = inspectRichText(reduced, collectionRules(req.payload))
  if (!inspection.ok) throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message: inspection.problem }], req })
  return reduced
}

/**
 * A rich-text field's validation: the shape check (known nodes, bounds, safe URLs, bare IDs), then that every
 * referenced document exists for the caller, then the field's own validation if it had one, else the editor's.
 * A problem refuses the whole write with a 400 naming the field and the problem.
 */
export const validateRichText =
  (own?: RichTextFieldValidation): RichTextFieldValidation =>
  async (value, options) => {
    const inspection = inspectRichText(value, collectionRules(options.req.payload))
    if (!inspection.ok) return inspection.problem
    const missing = await missingReference(options.req, inspection.references, options.overrideAccess ?? true)
    if (missing) return missing
    if (own) return own(value, options)
    const editor = options.editor
    return editor && typeof editor === 'object' ? editor.validate(value, options) : true
  }
