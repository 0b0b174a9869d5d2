import type { ArrayField } from 'payload'

export const identifierSchemes = [
  {
    value: 'nhs-ods',
    label: 'NHS ODS code',
    pattern: /^[A-Z0-9]{3,6}$/,
    hint: 'an NHS ODS code is 3–6 upper-case letters or digits, e.g. RJC',
  },
  {
    value: 'companies-house',
    label: 'Companies House number',
    pattern: /^(?:\d{8}|[A-Z]{2}\d{6})$/,
    hint: 'a Companies House number is 8 digits, or 2 letters and 6 digits, e.g. 01234567 or SC123456',
  },
  {
    value: 'charity-number',
    label: 'Registered charity number',
    pattern: /^(?:\d{6,8}|SC\d{6})$/,
    hint: 'a charity number is 6–8 digits (England and Wales, Northern Ireland) or SC and 6 digits (Scotland)',
  },
  { value: 'other', label: 'Other', pattern: /^\S(?:.{0,98}\S)?$/, hint: 'enter 1–100 characters' },
] as const

export type IdentifierScheme = (typeof identifierSchemes)[number]['value']

export const validateIdentifier = (scheme: unknown, value: unknown): true | string => {
  const definition = identifierSchemes.find((s) => s.value === scheme)
  if (!definition) return 'Choose an identifier scheme.'
  if (typeof value !== 'string' || !definition.pattern.test(value)) {
    return `"${String(value ?? '')}" is not valid: ${definition.hint}.`
  }
  return true
}

/** Official registry identifiers of an organisation, checked against each scheme's format. */
export const identifiersField: ArrayField = {
  name: 'identifiers',
  type: 'array',
  labels: { singular: 'Identifier', plural: 'Identifiers' },
  admin: { description: 'Registry codes that identify the organisation (NHS ODS, Companies House, charity).' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'scheme',
          type: 'select',
          required: true,
          options: identifierSchemes.map(({ value, label }) => ({ value, label })),
        },
        {
          name: 'value',
          type: 'text',
          required: true,
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            validateIdentifier(siblingData?.scheme, value),
        },
        { name: 'source', type: 'text', admin: { description: 'Where the code is published, e.g. the NHS Organisation Data Service.' } },
      ],
    },
  ],
}
