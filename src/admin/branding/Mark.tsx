import { markPaths } from './mark.js'

/** The mark in the current text colour, sized by the caller. */
export const Mark = ({ size }: { size: number }) => (
  <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
    <g fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round">
      <path d={markPaths.arc} />
      {markPaths.bars.map((d) => (
        <path key={d} d={d} />
      ))}
    </g>
  </svg>
)
