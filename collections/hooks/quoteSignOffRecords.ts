import type { CollectionAfterChangeHook } from 'payload'
import { onRecordFor } from '../../src/signoff/onRecord.js'
import { recordSignOffOnRecord } from '../../src/signoff/recordOnRecord.js'
import { revokeSignOffs } from '../../src/signoff/records.js'
import { textHash } from '../../src/signoff/textHash.js'

/**
 * Keeps a quote's sign-off records in step with its words, in the save's transaction:
 * - an edit of the text revokes the approvals and open requests of the old words (recorded on each record:
 *   when, by whom, why), so an edited quote cannot be published until the speaker signs off again;
 * - a sign-off on record vouched for by server code (the seed's published statements) is written down.
 */
export const quoteSignOffRecords: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation === 'update' && previousDoc?.text !== doc.text) {
    await revokeSignOffs(req, doc.id, { except: textHash(doc.text), reason: 'The words were edited after this sign-off.' })
  }
  const onRecord = onRecordFor(req.context, doc.text)
  if (onRecord) await recordSignOffOnRecord(req, doc, onRecord.note)
  return doc
}
