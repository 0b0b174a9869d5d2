import type { DefaultServerCellComponentProps } from 'payload'

/** A checkbox column as words ("yes" / "no") instead of Payload's `true` in code style. */
export const YesNoCell = ({ cellData }: Pick<DefaultServerCellComponentProps, 'cellData'>) => (
  <span className="yes-no-cell" data-value={cellData === true ? 'yes' : 'no'}>
    {cellData === true ? 'yes' : 'no'}
  </span>
)
