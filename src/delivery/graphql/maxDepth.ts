import { GraphQLError, type ValidationRule } from 'graphql'
import { createSelectionMeasurer, FragmentCycleError } from './selectionMeasure.js'

/**
 * Rejects operations whose fields nest deeper than `max` (fragments followed, introspection `__` fields skipped:
 * those are answered from memory).
 * Payload's `maxComplexity` does not multiply by list sizes, so item → report → items fan-outs (N × N) pass
 * it; a depth limit stops them before any resolver runs. Each fragment is measured once (linear time however
 * often it is spread); HTTP requests are checked the same way earlier by src/http/graphqlGuard.ts, this rule
 * covers every other way into Payload's GraphQL.
 */
export const maxDepthRule =
  (max: number): ValidationRule =>
  (context) => {
    const measurer = createSelectionMeasurer(context.getDocument(), { defaultListSize: 1, unboundedListSize: 1 })
    return {
      OperationDefinition(node) {
        try {
          const { depth } = measurer.operation(node)
          if (depth > max) context.reportError(new GraphQLError(`Query depth ${depth} exceeds the maximum of ${max}.`, { nodes: [node] }))
        } catch (error) {
          // graphql's NoFragmentCyclesRule reports the cycle itself
          if (!(error instanceof FragmentCycleError)) throw error
        }
      },
    }
  }
