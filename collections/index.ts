import type { CollectionConfig } from 'payload'
import { Evidence } from './Evidence.js'
import { Frameworks } from './Frameworks.js'
import { Goals } from './Goals.js'
import { Indicators } from './Indicators.js'
import { Media } from './Media.js'
import { Organisations } from './Organisations.js'
import { People } from './People.js'
import { Quotes } from './Quotes.js'
import { QuoteSignOffs } from './QuoteSignOffs.js'
import { Recommendations } from './Recommendations.js'
import { Reports } from './Reports.js'
import { Users } from './Users.js'
import { withInputHygiene } from './hooks/inputHygiene.js'
import { withSafeRichText } from './fields/richText/withSafeRichText.js'

/** In admin navigation order within their groups; every rich-text field is validated on write (issue 8). */
export const collections: CollectionConfig[] = withSafeRichText([
  Reports,
  Evidence,
  Quotes,
  QuoteSignOffs,
  Recommendations,
  Organisations,
  People,
  Media,
  Frameworks,
  Goals,
  Indicators,
  Users,
]).map(withInputHygiene)
