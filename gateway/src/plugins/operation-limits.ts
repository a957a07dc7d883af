import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 30, maxRootFields: 10 };

/** Measures the parts of an operation that make it expensive before any subgraph is called. */
export function measureOperation(document: DocumentNode, operationName?: string | null) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return { depth: 0, aliases: 0, rootFields: 0 };

  let aliases = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        // Introspection (__schema, __type) is answered from the gateway's schema, never by a subgraph,
        // and is off in production; explorers send 15-level-deep `ofType` chains, so it is not measured.
        if (sel.selectionSet && !sel.name.value.startsWith('__')) max = Math.max(max, walk(sel.selectionSet, depth + 1, seen));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, walk(sel.selectionSet, depth, seen));
      } else {
        const fragment = fragments.get(sel.name.value);
        // A fragment spread inside itself is rejected by validation; guard anyway.
        if (fragment && !seen.has(sel.name.value)) max = Math.max(max, walk(fragment.selectionSet, depth, new Set(seen).add(sel.name.value)));
      }
    }
    return max;
  };
  const depth = walk(operation.selectionSet, 1, new Set());
  const rootFields = operation.selectionSet.selections.length;
  return { depth, aliases, rootFields };
}

/** Describes how the operation exceeds the limits ("is 14 levels deep (limit 12)"), or null. */
export function operationLimitProblem(
  document: DocumentNode,
  operationName: string | null | undefined,
  limits: OperationLimits = DEFAULT_LIMITS,
): string | null {
  const m = measureOperation(document, operationName);
  return m.depth > limits.maxDepth
    ? `is ${m.depth} levels deep (limit ${limits.maxDepth})`
    : m.aliases > limits.maxAliases
      ? `uses ${m.aliases} aliases (limit ${limits.maxAliases})`
      : m.rootFields > limits.maxRootFields
        ? `selects ${m.rootFields} root fields (limit ${limits.maxRootFields})`
        : null;
}

export const operationLimitError = (problem: string) =>
  new GraphQLError(`The operation ${problem}.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Refuses operations deeper, wider or more aliased than the limits, with a BAD_USER_INPUT error.
 * Subscriptions over graphql-ws are held to the same limits (subscriptions/ws-server.ts).
 */
export function useOperationLimits(limits: OperationLimits = DEFAULT_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName }) {
          const problem = operationLimitProblem(document, operationName, limits);
          if (problem) throw operationLimitError(problem);
        },
      };
    },
  };
}
