import { Mark } from './Mark.js'

/** The login screen's logo (admin.components.graphics.Logo): the mark and the project's name, not Payload's. */
export const Logo = () => (
  <span className="impact-logo" role="img" aria-label="impact-cms">
    <Mark size={48} />
    <span className="impact-logo__name" aria-hidden="true">
      impact-cms
    </span>
  </span>
)
