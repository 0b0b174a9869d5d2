/**
 * The impact-cms mark: three rising bars (evidence) under an arc (a goal reached), in one colour. Kept as SVG
 * markup so the admin's Logo, Icon and the browser tab's icon draw the same thing.
 */
export const markPaths = {
  arc: 'M6 20a14 14 0 0 1 28 0',
  bars: ['M9 34v-7', 'M20 34v-11', 'M31 34v-15'],
}

/** The mark as a data URL for `admin.meta.icons` (the CSP allows data: images). */
export const markIconUrl = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="#0b5d4b"/><g fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round"><path d="${markPaths.arc}"/>${markPaths.bars.map((d) => `<path d="${d}"/>`).join('')}</g></svg>`,
)}`
