import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

/** What a selection set asks for, with every fragment it spreads expanded. */
export type SelectionMeasure = {
  /** Deepest field nesting below the set; `__` (introspection) fields and what they select are not counted. */
  depth: number
  /** Estimated work: every field costs 1 plus its selections, times the length of the list it returns. */
  cost: number
  /** Aliased fields, a fragment's counted once per spread. */
  aliases: number
  /** Fields directly in the set (through inline fragments and spreads), aliases included. */
  fields: number
  /** Fields at every level, a fragment's counted once per spread. */
  totalFields: number
  /**
   * The most fields sharing one response name in any one selection set below (fragments merged in). graphql's
   * OverlappingFieldsCanBeMergedRule compares such fields pairwise: quadratic in this number.
   */
  mostRepeated: number
  /** How often each response name occurs directly in the set (through inline fragments and spreads). */
  responseNames: ReadonlyMap<string, number>
}

/** A fragment reached again while it is being expanded; `path` runs from the fragment back to itself. */
export class FragmentCycleError extends Error {
  constructor(readonly path: readonly string[]) {
    super(`Fragment "${path[0]}" spreads itself (${path.join(' → ')}); fragment cycles are not allowed.`)
    this.name = 'FragmentCycleError'
  }
}

export type MeasureOptions = {
  /** Without a schema every field counts as a single value (no list multiplication). */
  schema?: GraphQLSchema
  variables?: Record<string, unknown> | null
  /** Length assumed for a list without a `limit` argument. */
  defaultListSize: number
  /** Length of a paginated field without a positive `limit` or with `pagination: false`, and the most any `limit` counts. */
  unboundedListSize: number
}

const empty: SelectionMeasure = { depth: 0, cost: 0, aliases: 0, fields: 0, totalFields: 0, mostRepeated: 0, responseNames: new Map() }
type AnyField = GraphQLField<unknown, unknown>

/**
 * Measures operations of one document. Each fragment is measured once and remembered, so a fragment spread
 * twice at every level costs linear time here (Payload's complexity rule walks it 2^levels times).
 */
export const createSelectionMeasurer = (document: DocumentNode, options: MeasureOptions) => {
  const { schema, variables } = options
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const measured = new Map<string, SelectionMeasure>()
  const expanding: string[] = []

  const fieldDefinition = (parent: GraphQLNamedType | undefined, name: string): AnyField | undefined => {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef
    if (parent && parent === schema?.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef
    }
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined
  }

  const argument = (node: FieldNode, name: string): unknown => {
    const value = node.arguments?.find((arg) => arg.name.value === name)?.value
    if (!value) return undefined
    if (value.kind === Kind.VARIABLE) return variables?.[value.name.value]
    if (value.kind === Kind.INT || value.kind === Kind.FLOAT) return Number(value.value)
    if (value.kind === Kind.BOOLEAN) return value.value
    return undefined
  }

  // Payload's paginated types ({ docs, totalDocs, … }): `docs` is as long as the enclosing field's `limit`.
  const isPage = (type: GraphQLNamedType | undefined) => isObjectType(type) && 'docs' in type.getFields() && 'totalDocs' in type.getFields()

  const listSize = (node: FieldNode, field: AnyField, parent: GraphQLNamedType | undefined): number => {
    if (field.args.some((arg) => arg.name === 'limit')) {
      const limit = argument(node, 'limit')
      const paginated = argument(node, 'pagination') !== false
      // the HTTP layer lowers larger limits to the page-size cap, so no list is counted longer than that
      return paginated && typeof limit === 'number' && limit > 0 ? Math.min(Math.ceil(limit), options.unboundedListSize) : options.unboundedListSize
    }
    if (!isListType(getNullableType(field.type))) return 1
    return isPage(parent) ? 1 : options.defaultListSize
  }

  const measureFragment = (name: string): SelectionMeasure => {
    const known = measured.get(name)
    if (known) return known
    const fragment = fragments.get(name)
    if (!fragment) return empty // unknown spreads are reported by validation
    const cycleStart = expanding.indexOf(name)
    if (cycleStart >= 0) throw new FragmentCycleError([...expanding.slice(cycleStart), name])
    expanding.push(name)
    const measure = measureSet(fragment.selectionSet, schema?.getType(fragment.typeCondition.name.value) ?? undefined)
    expanding.pop()
    measured.set(name, measure)
    return measure
  }

  const measureSet = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): SelectionMeasure => {
    if (!set) return empty
    const responseNames = new Map<string, number>()
    const total = { ...empty, responseNames }
    const add = (part: SelectionMeasure) => {
      total.depth = Math.max(total.depth, part.depth)
      total.cost += part.cost
      total.aliases += part.aliases
      total.fields += part.fields
      total.totalFields += part.totalFields
      total.mostRepeated = Math.max(total.mostRepeated, part.mostRepeated)
      for (const [name, count] of part.responseNames) responseNames.set(name, (responseNames.get(name) ?? 0) + count)
    }
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(measureFragment(selection.name.value))
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema?.getType(selection.typeCondition.name.value) : parent
        add(measureSet(selection.selectionSet, condition ?? undefined))
      } else {
        const field = fieldDefinition(parent, selection.name.value)
        const inner = measureSet(selection.selectionSet, field && getNamedType(field.type))
        const size = field ? listSize(selection, field, parent) : 1
        add({
          depth: selection.name.value.startsWith('__') ? 0 : inner.depth + 1,
          cost: size * (1 + inner.cost),
          aliases: inner.aliases + (selection.alias ? 1 : 0),
          fields: 1,
          totalFields: 1 + inner.totalFields,
          mostRepeated: inner.mostRepeated,
          responseNames: new Map([[(selection.alias ?? selection.name).value, 1]]),
        })
      }
    }
    for (const count of responseNames.values()) total.mostRepeated = Math.max(total.mostRepeated, count)
    return total
  }

  const rootType = (operation: OperationDefinitionNode) =>
    operation.operation === 'query'
      ? schema?.getQueryType()
      : operation.operation === 'mutation'
        ? schema?.getMutationType()
        : schema?.getSubscriptionType()

  return {
    /** Throws `FragmentCycleError` when a spread fragment contains itself. */
    operation: (operation: OperationDefinitionNode) => measureSet(operation.selectionSet, rootType(operation) ?? undefined),
    /** Throws `FragmentCycleError` when the fragment contains itself. */
    fragment: measureFragment,
  }
}
