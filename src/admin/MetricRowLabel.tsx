'use client'
import { useRowLabel } from '@payloadcms/ui'

type MetricRow = { label?: null | string; unit?: null | string; value?: null | number }

/** A metric row titled by what it measures and its figure, e.g. "People served: 1,200,000 people". */
export const MetricRowLabel = () => {
  const { data, rowNumber } = useRowLabel<MetricRow | undefined>()
  const label = data?.label?.trim()
  if (!label) return <span>Metric {(rowNumber ?? 0) + 1} (no label yet)</span>
  const figure = typeof data?.value === 'number' ? `${data.value.toLocaleString('en-GB')}${data.unit ? ` ${data.unit}` : ''}` : ''
  return <span>{figure ? `${label}: ${figure}` : label}</span>
}
