import type { FlattenedField, Payload } from 'payload'
import { slugs } from '../../collections/slugs.js'

/** A select field's choices: stored value and the label a person may type instead. */
export type Choices = { value: string; label: string }[]

/**
 * What the evidence collection offers today, read from its config rather than copied: the import accepts the
 * select values it has and the optional metric fields it has (period dates, indicator, per-metric assurance).
 */
export type EvidenceSchema = {
  assurance: Choices
  defaultAssurance: string
  activityType: Choices
  direction: Choices
  metricAssurance?: { choices: Choices; defaultLevel: string }
  metricPeriodDates: boolean
  metricIndicator?: { collection: string }
}

const byName = (fields: FlattenedField[] | undefined, name: string): FlattenedField | undefined => fields?.find((field) => field.name === name)

const choicesOf = (field: FlattenedField | undefined): Choices => {
  if (!field || field.type !== 'select') return []
  return field.options.map((option) =>
    typeof option === 'string' ? { value: option, label: option } : { value: option.value, label: typeof option.label === 'string' ? option.label : option.value },
  )
}

const defaultOf = (field: FlattenedField | undefined, fallback: string): string =>
  field && 'defaultValue' in field && typeof field.defaultValue === 'string' ? field.defaultValue : fallback

export const readEvidenceSchema = (payload: Payload): EvidenceSchema => {
  const fields = payload.collections[slugs.evidence].config.flattenedFields
  const metrics = byName(fields, 'metrics')
  const metricFields = metrics && 'flattenedFields' in metrics ? metrics.flattenedFields : []
  const assurance = byName(fields, 'assurance')
  const metricAssurance = byName(metricFields, 'assurance')
  const level = metricAssurance && 'flattenedFields' in metricAssurance ? byName(metricAssurance.flattenedFields, 'level') : undefined
  const indicator = byName(metricFields, 'indicator')
  return {
    assurance: choicesOf(assurance),
    defaultAssurance: defaultOf(assurance, 'self-reported'),
    activityType: choicesOf(byName(fields, 'activityType')),
    direction: choicesOf(byName(metricFields, 'direction')),
    metricAssurance: level ? { choices: choicesOf(level), defaultLevel: defaultOf(level, choicesOf(level)[0]?.value ?? '') } : undefined,
    metricPeriodDates: Boolean(byName(metricFields, 'periodStart') && byName(metricFields, 'periodEnd')),
    metricIndicator: indicator && indicator.type === 'relationship' && typeof indicator.relationTo === 'string' ? { collection: indicator.relationTo } : undefined,
  }
}
