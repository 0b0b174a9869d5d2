import { Mark } from './Mark.js'

/** The nav's small icon (admin.components.graphics.Icon): the project's mark instead of Payload's. */
export const Icon = () => (
  <span className="impact-icon" role="img" aria-label="impact-cms">
    <Mark size={28} />
  </span>
)
