import type { DomainEvent } from '@shop/stores';
import type { CategoryRow, ProductRow } from '../domain/catalog';
import { nameKey } from '../domain/product-query';
import type { DocumentDatabase } from './document-collection';

/** How the catalogue is laid out in documents. Variants live inside their product. */

export const COLLECTIONS = { products: 'products', categories: 'categories', outbox: 'outbox' } as const;

export type ProductDocument = Omit<ProductRow, 'id'> & {
  _id: string;
  /** Lower-cased name for NAME_ASC; derived, never set on its own. */
  nameKey: string;
};

export type CategoryDocument = Omit<CategoryRow, 'id'> & { _id: string; depth: number };

export interface OutboxDocument {
  _id: string;
  eventId: string;
  type: string;
  version: number;
  occurredAt: string;
  payload: unknown;
  /** Relay order: milliseconds since the epoch * 1000 plus a counter. */
  seq: number;
  publishedAt: string | null;
  /** A relay (or, without transactions, a writer) holding the event until claimedUntil. */
  claimToken: string | null;
  claimedUntil: string | null;
}

export function toProductDocument({ id, ...rest }: ProductRow): ProductDocument {
  return { _id: id, ...rest, nameKey: nameKey(rest.name) };
}

export function fromProductDocument({ _id, nameKey: _derived, ...rest }: ProductDocument): ProductRow {
  return { id: _id, ...rest };
}

export function toCategoryDocument({ id, ...rest }: CategoryRow): CategoryDocument {
  return { _id: id, ...rest, depth: rest.ancestorIds.length };
}

export function fromCategoryDocument({ _id, depth: _depth, ...rest }: CategoryDocument): CategoryRow {
  return { id: _id, ...rest };
}

let lastSeq = 0;
/** Increasing within a process and close to time order across processes. */
function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  return lastSeq;
}

export function toOutboxDocuments(events: readonly DomainEvent[], hold?: { token: string; until: string }): OutboxDocument[] {
  return events.map((e) => ({
    _id: e.id,
    eventId: e.id,
    type: e.type,
    version: e.version,
    occurredAt: e.occurredAt,
    payload: e.payload,
    seq: nextSeq(),
    publishedAt: null,
    claimToken: hold?.token ?? null,
    claimedUntil: hold?.until ?? null,
  }));
}

/** Indexes for the queries the store runs; unique ones are the catalogue's promises. */
export async function ensureIndexes(db: DocumentDatabase): Promise<void> {
  const products = db.collection(COLLECTIONS.products);
  await products.createIndex({ slug: 1 }, { unique: true, name: 'slug_unique' });
  await products.createIndex({ 'variants.id': 1 }, { unique: true, name: 'variant_id_unique' });
  await products.createIndex({ 'variants.sku': 1 }, { unique: true, name: 'variant_sku_unique' });
  await products.createIndex({ createdAt: -1, _id: -1 });
  await products.createIndex({ priceMinor: 1, _id: 1 });
  await products.createIndex({ nameKey: 1, _id: 1 });
  await products.createIndex({ categoryIds: 1, createdAt: -1 });
  await products.createIndex({ brand: 1 });
  const categories = db.collection(COLLECTIONS.categories);
  await categories.createIndex({ slug: 1 }, { unique: true, name: 'category_slug_unique' });
  await categories.createIndex({ parentId: 1 });
  await db.collection(COLLECTIONS.outbox).createIndex({ publishedAt: 1, seq: 1 });
}
