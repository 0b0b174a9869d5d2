import { createLocalReq, type DefaultServerCellComponentProps } from 'payload'
import { slugs } from '../../../collections/slugs.js'
import { hasValidSignOff } from '../../signoff/records.js'
import { textHash } from '../../signoff/textHash.js'

/**
 * The quotes list's "Speaker approved" column: "yes" when the speaker signed off exactly the words of the row
 * (a valid, unrevoked approval of their SHA-256), in words like the other yes/no columns. One count per row on
 * a page of the list.
 */
export const SignOffCell = async ({ payload, rowData }: Pick<DefaultServerCellComponentProps, 'payload' | 'rowData'>) => {
  const id = typeof rowData?.id === 'string' ? rowData.id : undefined
  let text: unknown = rowData?.text
  const req = await createLocalReq({}, payload)
  if (id && typeof text !== 'string') {
    text = (await payload.findByID({ collection: slugs.quotes, id, draft: true, depth: 0, disableErrors: true, req }))?.text
  }
  const approved = Boolean(id && typeof text === 'string' && (await hasValidSignOff(req, id, textHash(text))))
  return (
    <span className="yes-no-cell" data-value={approved ? 'yes' : 'no'}>
      {approved ? 'yes' : 'no'}
    </span>
  )
}
