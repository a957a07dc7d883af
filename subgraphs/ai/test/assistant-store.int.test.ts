import { createLogger } from '@shop/kit';
import { newEvent, openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { assistantHandlers } from '../src/assistant/events';
import { createAssistantStore, type AssistantStore } from '../src/assistant/store';
import { schema, type AiSchema } from '../src/db/schema';

const product = (over: Record<string, unknown> = {}) => ({
  product: {
    id: 'prd_x',
    slug: 'x',
    name: 'Trail Lantern',
    description: 'A lantern.',
    brand: 'Acme',
    categoryName: 'Camping',
    priceMinor: 1999,
    currencyCode: 'USD',
    variants: [],
    ...over,
  },
});
const created = {
  orderId: 'ord_1',
  number: 'SO-900001',
  customerId: 'usr_a',
  status: 'PENDING',
  totalMinor: 2598,
  currencyCode: 'USD',
  createdAt: '2026-01-01T00:00:00Z',
  lines: [{ productId: 'prd_x', sku: 'S', quantity: 1, unitPriceMinor: 1999 }],
};
const updated = (status: string, version: number) => ({
  orderId: 'ord_1',
  number: 'SO-900001',
  customerId: 'usr_a',
  status,
  previousStatus: 'PENDING',
  version,
  reason: null,
  totalMinor: 2598,
  currencyCode: 'USD',
});
const at = (type: string, payload: unknown, occurredAt: string) => ({ ...newEvent(type, payload), occurredAt });

/** The AssistantStore contract (through its event handlers), on PGlite and, when set, real Postgres. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`AssistantStore contract — ${target.name}`, () => {
    let pg: PostgresStore<AiSchema>;
    let store: AssistantStore;
    let handlers: ReturnType<typeof assistantHandlers>;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'ai' });
      store = createAssistantStore(pg.db);
      handlers = assistantHandlers(store, createLogger('silent'));
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('keeps the newest product event, whatever order events arrive in, and changes its version', async () => {
      const before = await store.catalogueVersion();
      await handlers['product.updated']!(at('product.updated', product({ name: 'Trail Lantern II' }), '2026-01-02T00:00:00Z'));
      await handlers['product.created']!(at('product.created', product(), '2026-01-01T00:00:00Z'));
      expect((await store.products()).map((p) => p.name)).toEqual(['Trail Lantern II']);
      expect(await store.catalogueVersion()).not.toBe(before);
    });

    it('keeps the latest order status under reordering and redelivery, and finds orders only for their customer', async () => {
      await handlers['order.updated']!(at('order.updated', updated('CONFIRMED', 2), '2026-01-01T00:02:00Z'));
      await handlers['order.created']!(at('order.created', created, '2026-01-01T00:00:00Z'));
      await handlers['order.updated']!(at('order.updated', updated('RESERVED', 1), '2026-01-01T00:01:00Z'));
      await handlers['order.created']!(at('order.created', created, '2026-01-01T00:00:00Z'));
      const order = await store.orderOf('usr_a', 'SO-900001');
      expect(order).toMatchObject({ status: 'CONFIRMED', lines: created.lines, createdAt: '2026-01-01T00:00:00.000Z' });
      expect(await store.orderOf('usr_b', 'SO-900001')).toBeNull();
      expect(await store.ordersOf('usr_b', 10)).toEqual([]);
      expect((await store.ordersOf('usr_a', 10)).map((o) => o.number)).toEqual(['SO-900001']);
    });

    it('numbers turns per conversation and replays chunks in order', async () => {
      const conversation = await store.createConversation('usr_a');
      const [t1, t2] = await Promise.all([
        store.startTurn({ conversation, question: 'one', provider: 'p' }),
        store.startTurn({ conversation, question: 'two', provider: 'p' }),
      ]);
      expect([t1!.seq, t2!.seq].sort()).toEqual([1, 2]);
      for (const seq of [2, 1, 3, 2]) await store.appendChunk(t1!.id, seq, { seq });
      expect((await store.chunksAfter(t1!.id, 0, 10)).map((c) => c.seq)).toEqual([1, 2, 3]);
      expect((await store.chunksAfter(t1!.id, 1, 1)).map((c) => c.seq)).toEqual([2]);
      await store.finishTurn(t1!.id, 'answer', 'DONE');
      expect((await store.history(conversation.id, 99, 10)).map((t) => t.answer)).toEqual(['answer']);
      expect(await store.turn(t1!.id)).toMatchObject({ customerId: 'usr_a', conversationId: conversation.id });
    });
  });
}
