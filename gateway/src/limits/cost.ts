import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** What a cost function sees of one operation. */
export interface CostRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The points an operation spends from its caller's rate-limit bucket. The operation-limits
 * analysis (plugins/operation-limits.ts) may supply a calculated cost with list multipliers; until
 * then the gateway spends `estimateCost`.
 */
export type CostOf = (request: CostRequest) => number;

/**
 * 1 per operation plus 1 per selected field, fragments counted once each and then reused, so the
 * walk is linear in the document even when fragments fan out (the count itself may grow large;
 * the limiter caps what one operation can spend).
 */
export const estimateCost: CostOf = ({ document, operationName }) => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 1;

  const memo = new Map<string, number>();
  const fragmentFields = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    memo.set(name, 0); // a cycle (refused by validation anyway) adds nothing
    const count = fragment ? fields(fragment.selectionSet) : 0;
    memo.set(name, count);
    return count;
  };
  const fields = (set: SelectionSetNode): number => {
    let count = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) count += 1 + (sel.selectionSet ? fields(sel.selectionSet) : 0);
      else if (sel.kind === Kind.INLINE_FRAGMENT) count += fields(sel.selectionSet);
      else count += fragmentFields(sel.name.value);
    }
    return count;
  };
  return 1 + fields(operation.selectionSet);
};
