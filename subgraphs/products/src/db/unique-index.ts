import { DuplicateKeyError } from './document-collection';

/**
 * A unique constraint of the embedded store, with MongoDB's semantics: a missing field counts as
 * null, an array field contributes one key per element (a multikey index), and repeated values
 * inside one document do not clash with each other.
 */
export interface UniqueIndex {
  paths: string[];
  keyPattern: Record<string, number>;
}

/** Every value found at a dotted path, descending through arrays as MongoDB does. */
function valuesAt(value: unknown, parts: string[]): unknown[] {
  if (!parts.length) return Array.isArray(value) ? (value.length ? value : [undefined]) : [value];
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, parts));
  if (value === null || typeof value !== 'object') return [undefined];
  const [head, ...rest] = parts;
  return valuesAt((value as Record<string, unknown>)[head!], rest);
}

/** The index keys of one document, deduplicated. */
export function indexKeys(doc: unknown, index: UniqueIndex): Set<string> {
  let combos: unknown[][] = [[]];
  for (const path of index.paths) {
    const values = valuesAt(doc, path.split('.')).map((v) => v ?? null);
    combos = combos.flatMap((combo) => values.map((v) => [...combo, v]));
  }
  return new Set(combos.map((combo) => JSON.stringify(combo)));
}

/**
 * Throws DuplicateKeyError when a candidate shares a key with another document. `others` are the
 * documents that stay (the updated or inserted ones excluded); candidates are checked against
 * each other too.
 */
export function assertUnique(indexes: readonly UniqueIndex[], others: readonly unknown[], candidates: readonly unknown[]): void {
  for (const index of indexes) {
    const taken = new Set<string>();
    for (const doc of others) for (const key of indexKeys(doc, index)) taken.add(key);
    for (const doc of candidates) {
      const keys = indexKeys(doc, index);
      for (const key of keys) if (taken.has(key)) throw new DuplicateKeyError(index.keyPattern);
      for (const key of keys) taken.add(key);
    }
  }
}
