/** A value as a GraphQL enum name: `request-changes` → `request_changes`, `2fa` → `_2fa`. */
export const enumName = (value: string): string => {
  const name = value.replace(/[^_a-zA-Z0-9]/g, '_')
  return /^[_a-zA-Z]/.test(name) ? name : `_${name}`
}

/** Enum values keyed by their GraphQL names; resolvers receive and return the original values. */
export const enumValues = (values: string[]): Record<string, { value: string }> => {
  const result: Record<string, { value: string }> = {}
  for (const value of values) {
    const name = enumName(value)
    if (result[name]) throw new Error(`workflowPlugin: "${value}" and "${result[name].value}" have the same GraphQL name ${name}.`)
    result[name] = { value }
  }
  return result
}
