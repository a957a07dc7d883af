import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** The dashboard's documents: the committed schema/operations/dashboard.graphql, typed and checked by codegen. */
export const DASHBOARD_OPERATIONS_FILE = fileURLToPath(new URL('../../../schema/operations/dashboard.graphql', import.meta.url));

/** Fragments a definition spreads, transitively. */
function spreadNames(node: OperationDefinitionNode | FragmentDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()) {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (seen.has(name)) return;
      seen.add(name);
      const fragment = fragments.get(name);
      if (fragment) spreadNames(fragment, fragments, seen);
    },
  });
  return seen;
}

/**
 * Each named operation of the file as a standalone document (the operation and the fragments it
 * uses), by name: the page sends these and nothing else, so what it runs is what codegen checked.
 */
/** The manifest's id of each named operation (each manifest document holds one operation and its fragments). */
export function documentIdsByName(manifest: ReadonlyMap<string, string>, names: readonly string[]): Record<string, string> {
  const wanted = new Set(names);
  const ids: Record<string, string> = {};
  for (const [hash, text] of manifest) {
    for (const d of parse(text).definitions) if (d.kind === Kind.OPERATION_DEFINITION && d.name && wanted.has(d.name.value)) ids[d.name.value] = hash;
  }
  return ids;
}

export function loadDashboardOperations(file = DASHBOARD_OPERATIONS_FILE): Record<string, string> {
  const document = parse(readFileSync(file, 'utf8'));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operations: Record<string, string> = {};
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) continue;
    const used = [...spreadNames(d, fragments)].map((name) => fragments.get(name)!);
    operations[d.name.value] = [d, ...used].map((node) => print(node)).join('\n\n');
  }
  return operations;
}
