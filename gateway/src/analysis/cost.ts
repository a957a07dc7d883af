import { graphqlRuntime } from '@shop/kit';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { analyzeOperation, DEFAULT_COST_SETTINGS } from './analysis';

/** An operation's cost as the gateway computed it at admission (context.cost), for rate limits. */
export interface OperationCost {
  requested: number;
}

/**
 * The requested cost of an operation (objects 1, scalars 0, lists × `first`/`last` or the default
 * size, mutations +10 per root field), as admission computes it. Without a schema, every field
 * with a selection is taken for an object and `first`/`last` for a list length.
 */
export function operationCost(document: DocumentNode, variables: Record<string, unknown> = {}, schema?: GraphQLSchema, operationName?: string): OperationCost {
  const operation = graphqlRuntime.getOperationAST(document, operationName);
  if (!operation) return { requested: 0 };
  return { requested: analyzeOperation(schema ?? null, document, operation, variables).cost };
}

/**
 * The cost of what was actually returned: 1 per object in the data (the root excluded), plus the
 * mutation weight — the requested cost with the real list lengths, as Shopify reports it.
 */
export function actualQueryCost(data: unknown, mutationRootFields = 0): number {
  let objects = 0;
  const stack: unknown[] = data && typeof data === 'object' ? Object.values(data) : [];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v && typeof v === 'object') {
      objects++;
      for (const item of Object.values(v)) stack.push(item);
    }
  }
  return objects + mutationRootFields * DEFAULT_COST_SETTINGS.mutationCost;
}
