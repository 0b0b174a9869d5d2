import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'

/** Root fields the delivery fast path answers; anything else (collections, mutations, introspection) goes to Payload. */
export const deliveryRootFields: ReadonlySet<string> = new Set(['impactReport', 'impactReports', '__typename'])

/** The operation graphql-js would run for `operationName`, or undefined where it would report an error. */
const selectedOperation = (document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined => {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  if (operationName === undefined) return operations.length === 1 ? operations[0] : undefined
  return operations.find((operation) => operation.name?.value === operationName)
}

/** Whether every field at the root of `set` (through inline fragments and spreads) is a delivery field. */
const onlyDeliveryFields = (set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, visiting: Set<string>): boolean =>
  set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return deliveryRootFields.has(selection.name.value)
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyDeliveryFields(selection.selectionSet, fragments, visiting)
    const fragment = fragments.get(selection.name.value)
    // unknown or cyclic spreads: let Payload's validation report them
    if (!fragment || visiting.has(fragment.name.value)) return false
    visiting.add(fragment.name.value)
    const only = onlyDeliveryFields(fragment.selectionSet, fragments, visiting)
    visiting.delete(fragment.name.value)
    return only
  })

/**
 * The query operation of `document` when it asks only for delivery fields (`impactReport`, `impactReports`,
 * `__typename` at its root), else undefined. Such operations read the assembled-report cache and nothing else.
 */
export const deliveryOperation = (document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined => {
  const operation = selectedOperation(document, operationName)
  if (!operation || operation.operation !== 'query') return undefined
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  return onlyDeliveryFields(operation.selectionSet, fragments, new Set()) ? operation : undefined
}
