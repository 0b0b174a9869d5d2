'use client'
import { escapeDiffHTML, FieldDiffContainer, getHTMLDiffComponents, unescapeDiffHTML, useTranslation } from '@payloadcms/ui'
import type { SelectFieldDiffClientComponent } from 'payload'

type Option = string | { label: unknown; value: string }

const labelOf = (options: Option[], value: string, language: string): string => {
  const option = options.find((o) => (typeof o === 'string' ? o : o.value) === value)
  if (!option) return value
  if (typeof option === 'string') return option
  if (typeof option.label === 'string') return option.label
  const byLanguage = option.label && typeof option.label === 'object' ? (option.label as Record<string, unknown>)[language] : undefined
  return typeof byLanguage === 'string' ? byLanguage : option.value
}

/** An empty choice shows as nothing, not Payload's `null`; chosen values show their labels. */
const render = (value: unknown, options: Option[], language: string): string => {
  if (value === null || value === undefined || value === '') return ''
  const values = Array.isArray(value) ? value : [value]
  return values.map((v) => labelOf(options, String(v), language)).join(', ')
}

/** The version comparison of a select field, as Payload's but without `null` for an unset value. */
export const SelectDiff: SelectFieldDiffClientComponent = ({ comparisonValue, versionValue, field, locale, nestingLevel }) => {
  const { i18n } = useTranslation()
  const options = (field.options ?? []) as Option[]
  const { From, To } = getHTMLDiffComponents({
    fromHTML: `<p>${escapeDiffHTML(render(comparisonValue, options, i18n.language))}</p>`,
    toHTML: `<p>${escapeDiffHTML(render(versionValue, options, i18n.language))}</p>`,
    postProcess: unescapeDiffHTML,
    tokenizeByCharacter: true,
  })
  return (
    <FieldDiffContainer
      className="select-diff"
      From={From}
      i18n={i18n}
      label={{ label: field.label, locale }}
      nestingLevel={nestingLevel}
      To={To}
    />
  )
}
