import type { ProvenanceSeed, ReferenceArticle } from './types.js'

/** The two public news articles the seed is taken from (byte-for-byte copies in docs/reference/). */
export const hctArticle: ReferenceArticle = {
  source:
    'News article “Tackling health inequalities on the frontline - Hertfordshire Community NHS Trust launches its ' +
    'Levelling Up Impact Report”',
  reference: 'docs/reference/hertfordshire-community-impact-report-news.txt',
}

export const swftArticle: ReferenceArticle = {
  source: 'News article “South Warwickshire NHS publishes Impact Report against levelling up measures”',
  reference: 'docs/reference/south-warwickshire-impact-report-news.txt',
}

/** The article states it, in these words. */
export const stated = (article: ReferenceArticle, asWritten: string, note?: string): ProvenanceSeed => ({
  ...article,
  asWritten,
  basis: 'stated',
  ...(note ? { note } : {}),
})

/** The seed's reading of the article, with why. */
export const inferred = (article: ReferenceArticle, note: string, asWritten?: string): ProvenanceSeed => ({
  ...article,
  ...(asWritten ? { asWritten } : {}),
  basis: 'inferred',
  note,
})
