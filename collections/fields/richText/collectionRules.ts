import type { Payload } from 'payload'
import type { CollectionRules } from './inspectRichText.js'

const rulesByPayload = new WeakMap<Payload, CollectionRules>()

/**
 * Which collections rich text may point at, read from the configured collections as the editor's upload,
 * relationship and link features read them: upload nodes name upload collections, relationship nodes and internal
 * links the others, and only those the config leaves enabled for rich text.
 */
export const collectionRules = (payload: Payload): CollectionRules => {
  const known = rulesByPayload.get(payload)
  if (known) return known
  const configs = payload.config.collections
  const rules: CollectionRules = {
    uploadCollections: new Set(configs.filter((c) => c.upload && c.admin?.enableRichTextRelationship).map((c) => c.slug)),
    referenceCollections: new Set(
      configs.filter((c) => !c.upload && (c.admin?.enableRichTextRelationship || c.admin?.enableRichTextLink)).map((c) => c.slug),
    ),
  }
  rulesByPayload.set(payload, rules)
  return rules
}
