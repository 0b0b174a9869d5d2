import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql'

/**
 * Rejects operations whose fields nest deeper than `max` (fragments followed, introspection `__` fields skipped:
 * those are answered from memory).
 * Payload's `maxComplexity` does not multiply by list sizes, so item → report → items fan-outs (N × N) pass
 * it; a depth limit stops them before any resolver runs.
 */
export const maxDepthRule =
  (max: number): ValidationRule =>
  (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, visited: ReadonlySet<string>): number => {
      if (!set) return depth
      let deepest = depth
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.name.value.startsWith('__')) deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, visited))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, visited))
        } else {
          const fragment = fragments.get(selection.name.value)
          if (fragment && !visited.has(fragment.name.value)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...visited, fragment.name.value])))
          }
        }
      }
      return deepest
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set())
        if (depth > max) context.reportError(new GraphQLError(`Query depth ${depth} exceeds the maximum of ${max}.`, { nodes: [node] }))
      },
    }
  }
