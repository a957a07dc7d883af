import type { Logger } from '@shop/kit';
import type { DomainEvent, EventHandler, EventHandlers } from '@shop/stores';
import type { AssistantStore } from './store';

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const pairs = (v: unknown) => list(v).flatMap((a) => (isText(a.name) && typeof a.value === 'string' ? [{ name: a.name, value: a.value }] : []));

/** product.created / product.updated v1 (attributes are read when the producer sends them). */
async function onProduct(store: AssistantStore, event: DomainEvent): Promise<string | null> {
  const p = isRecord(event.payload) ? event.payload.product : undefined;
  if (event.version !== 1 || !isRecord(p) || !isText(p.id) || !isText(p.name) || !isInt(p.priceMinor)) return 'not a v1 product payload';
  await store.upsertProduct(
    {
      id: p.id,
      slug: String(p.slug ?? ''),
      name: p.name,
      brand: String(p.brand ?? ''),
      description: String(p.description ?? ''),
      categoryName: String(p.categoryName ?? ''),
      priceMinor: p.priceMinor,
      currencyCode: String(p.currencyCode ?? 'USD'),
      variants: list(p.variants).map((v) => ({ id: String(v.id), sku: String(v.sku), name: String(v.name ?? ''), priceMinor: Number(v.priceMinor) })),
      attributes: pairs(p.attributes),
    },
    event.occurredAt,
  );
  return null;
}

async function onOrderCreated(store: AssistantStore, event: DomainEvent): Promise<string | null> {
  const o = event.payload;
  if (event.version !== 1 || !isRecord(o) || !isText(o.orderId) || !isText(o.number) || !isText(o.customerId) || !isText(o.status))
    return 'not a v1 order.created payload';
  await store.recordOrderCreated({
    orderId: o.orderId,
    number: o.number,
    customerId: o.customerId,
    status: o.status,
    totalMinor: Number(o.totalMinor),
    currencyCode: String(o.currencyCode ?? 'USD'),
    createdAt: String(o.createdAt ?? event.occurredAt),
    lines: list(o.lines).map((l) => ({
      productId: String(l.productId),
      sku: String(l.sku),
      quantity: Number(l.quantity),
      unitPriceMinor: Number(l.unitPriceMinor),
    })),
  });
  return null;
}

async function onOrderUpdated(store: AssistantStore, event: DomainEvent): Promise<string | null> {
  const o = event.payload;
  if (event.version !== 1 || !isRecord(o) || !isText(o.orderId) || !isText(o.number) || !isText(o.customerId) || !isText(o.status) || !isInt(o.version))
    return 'not a v1 order.updated payload';
  await store.recordOrderUpdated({
    orderId: o.orderId,
    number: o.number,
    customerId: o.customerId,
    status: o.status,
    version: o.version,
    totalMinor: Number(o.totalMinor),
    currencyCode: String(o.currencyCode ?? 'USD'),
  });
  return null;
}

/**
 * The assistant's consumers. Every write is an idempotent upsert guarded by the event's time or the
 * order's version, so redelivery and reordering change nothing (no processed-events row needed).
 */
export function assistantHandlers(store: AssistantStore, logger: Logger): EventHandlers {
  const guarded =
    (apply: (store: AssistantStore, event: DomainEvent) => Promise<string | null>): EventHandler =>
    async (event) => {
      const invalid = await apply(store, event);
      if (invalid) logger.warn('assistant: skipping unreadable event', { eventId: event.id, type: event.type, reason: invalid });
    };
  return {
    'product.created': guarded(onProduct),
    'product.updated': guarded(onProduct),
    'order.created': guarded(onOrderCreated),
    'order.updated': guarded(onOrderUpdated),
  };
}
