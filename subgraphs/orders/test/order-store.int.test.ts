import { openPostgres, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createOrderStore, type NewOrder, type OrderStore } from '../src/db/order-store';
import { orderStatusHistory, outbox, schema, type OrdersSchema } from '../src/db/schema';
import { orderCreated } from '../src/events/order-events';

/** 30 orders for three customers, one minute apart, plus two that share a timestamp (cursor ties). */
function fixtures(): NewOrder[] {
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  const list: NewOrder[] = [];
  for (let i = 1; i <= 32; i++) {
    const at = new Date(base + Math.min(i, 30) * 60_000).toISOString();
    const id = `ord_${String(i).padStart(3, '0')}`;
    list.push({
      id,
      number: `SO-${200000 + i}`,
      customerId: `usr_${i % 3}`,
      status: i % 5 === 0 ? 'CANCELLED' : 'CONFIRMED',
      fulfillmentStatus: 'UNFULFILLED',
      financialStatus: i % 5 === 0 ? 'VOIDED' : 'PAID',
      currencyCode: 'USD',
      subtotalMinor: 1000,
      shippingMinor: 599,
      taxMinor: 80,
      totalMinor: 1679,
      createdAt: at,
      updatedAt: at,
      lines: [
        { id: `${id}_1`, lineNo: 1, productId: 'prd_1', variantId: 'var_1', sku: 'SKU-1', productName: 'One', quantity: 1, unitPriceMinor: 600 },
        { id: `${id}_2`, lineNo: 2, productId: 'prd_2', variantId: null, sku: 'SKU-2', productName: 'Two', quantity: 2, unitPriceMinor: 200 },
      ],
    });
  }
  return list;
}

/** The OrderStore contract: every implementation must pass it. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`OrderStore contract — ${target.name}`, () => {
    let pg: PostgresStore<OrdersSchema>;
    let store: OrderStore;
    let drop: () => Promise<void>;
    const orders = fixtures();

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'orders' });
      store = createOrderStore(pg.db);
    });
    afterAll(async () => {
      await pg?.close();
      await drop?.();
    });

    it('applies the migrations to an empty database and starts empty', async () => {
      expect(await store.count({})).toBe(0);
      expect(await store.list({}, 10)).toEqual([]);
    });

    it('inserts orders, lines and events in one go', async () => {
      await store.insertMany(
        orders,
        orders.map((o) =>
          orderCreated({ ...o, createdAt: o.createdAt!, fulfillmentStatus: o.fulfillmentStatus!, financialStatus: o.financialStatus! }, 'history'),
        ),
      );
      expect(await store.count({})).toBe(32);
      const events = await pg.db.select().from(outbox);
      expect(events).toHaveLength(32);
      expect(events[0]).toMatchObject({
        type: 'order.created',
        version: 1,
        payload: { orderId: 'ord_001', totalMinor: 1679, source: 'history', status: 'CONFIRMED' },
      });
    });

    it('rolls the whole batch back when one order is bad', async () => {
      const good = { ...orders[0]!, id: 'ord_new', number: 'SO-999999', lines: [] };
      const clash = { ...orders[1]!, id: 'ord_dup', lines: [] }; // duplicate order number
      await expect(store.insertMany([good, clash], [])).rejects.toThrow();
      expect(await store.findByIds(['ord_new'])).toEqual([]);
    });

    it('finds orders by id in one query and hands out ISO timestamps', async () => {
      pg.resetQueryCount();
      const found = await store.findByIds(['ord_002', 'ord_001', 'missing']);
      expect(pg.queryCount()).toBe(1);
      expect(found.map((o) => o.id).sort()).toEqual(['ord_001', 'ord_002']);
      expect(found.find((o) => o.id === 'ord_001')).toMatchObject({
        createdAt: '2026-01-01T00:01:00.000Z',
        updatedAt: '2026-01-01T00:01:00.000Z',
        status: 'CONFIRMED',
        totalMinor: 1679,
      });
      expect(await store.findByIds([])).toEqual([]);
    });

    it('loads the lines of many orders in one query, in line order', async () => {
      pg.resetQueryCount();
      const lines = await store.linesByOrderIds(['ord_003', 'ord_004']);
      expect(pg.queryCount()).toBe(1);
      expect(lines.map((l) => l.id)).toEqual(['ord_003_1', 'ord_003_2', 'ord_004_1', 'ord_004_2']);
      expect(lines[1]).toMatchObject({ orderId: 'ord_003', variantId: null, quantity: 2, unitPriceMinor: 200 });
    });

    it('lists newest first and pages by (created_at, id) without gaps or repeats, ties included', async () => {
      const seen: string[] = [];
      let after: { createdAt: string; id: string } | undefined;
      for (;;) {
        const page = await store.list({}, 7, after);
        seen.push(...page.map((o) => o.id));
        if (page.length < 7) break;
        after = page.at(-1)!;
      }
      const expected = [...orders]
        .sort((a, b) => (b.createdAt! === a.createdAt! ? b.id.localeCompare(a.id) : b.createdAt!.localeCompare(a.createdAt!)))
        .map((o) => o.id);
      expect(seen).toEqual(expected);
      expect(seen.slice(0, 3)).toEqual(['ord_032', 'ord_031', 'ord_030']);
    });

    it('filters by status, customer and date range, and counts the same set', async () => {
      const filter = { statuses: ['CANCELLED'] as const, customerId: 'usr_0' };
      const rows = await store.list(filter, 100);
      expect(rows.map((o) => o.id)).toEqual(['ord_030', 'ord_015']);
      expect(await store.count(filter)).toBe(2);
      const window = { createdFrom: '2026-01-01T00:10:00.000Z', createdBefore: '2026-01-01T00:13:00.000Z' };
      expect((await store.list(window, 100)).map((o) => o.id)).toEqual(['ord_012', 'ord_011', 'ord_010']);
      expect(await store.count(window)).toBe(3);
      expect(await store.count({ customerId: 'nobody' })).toBe(0);
    });

    it("lists the newest orders of several customers in one query, each customer's page on its own", async () => {
      pg.resetQueryCount();
      const rows = await store.listForCustomers(['usr_1', 'usr_2', 'nobody'], 3);
      expect(pg.queryCount()).toBe(1);
      expect(rows.map((o) => o.id)).toEqual(['ord_031', 'ord_028', 'ord_025', 'ord_032', 'ord_029', 'ord_026']);
      expect(rows[0]).toMatchObject({ customerId: 'usr_1', createdAt: '2026-01-01T00:30:00.000Z' });
      expect(Object.keys(rows[0]!).sort()).toEqual(Object.keys((await store.findByIds(['ord_031']))[0]!).sort());
      const next = await store.listForCustomers(['usr_1'], 3, { createdAt: rows[2]!.createdAt, id: rows[2]!.id });
      expect(next.map((o) => o.id)).toEqual(['ord_022', 'ord_019', 'ord_016']);
      expect(await store.listForCustomers([], 3)).toEqual([]);
    });

    it('counts orders per customer in one query', async () => {
      pg.resetQueryCount();
      const counts = await store.countByCustomers(['usr_0', 'usr_1', 'nobody']);
      expect(pg.queryCount()).toBe(1);
      expect(counts.sort((a, b) => a.customerId.localeCompare(b.customerId))).toEqual([
        { customerId: 'usr_0', count: 10 },
        { customerId: 'usr_1', count: 11 },
      ]);
    });
    const MACHINES = { toFulfillmentStatus: 'UNFULFILLED', toFinancialStatus: 'PENDING' } as const;
    it("reads one order's status changes after a version, oldest first, a page at a time (catch-up)", async () => {
      const steps = ['PENDING', 'RESERVED', 'CONFIRMED', 'FULFILLED', 'DELIVERED'] as const;
      await pg.db.insert(orderStatusHistory).values(
        steps.slice(1).map((to, i) => ({
          orderId: 'ord_002',
          version: i + 1,
          fromStatus: steps[i],
          toStatus: to,
          ...MACHINES,
          reason: null,
          at: `2026-02-0${i + 1}T00:00:00.000Z`,
        })),
      );
      await pg.db
        .insert(orderStatusHistory)
        .values({ orderId: 'ord_003', version: 1, fromStatus: 'PENDING', toStatus: 'RESERVED', ...MACHINES, at: '2026-02-01T00:00:00.000Z' });
      const after1 = await store.historyAfter('ord_002', 1, 2);
      expect(after1.map((h) => [h.version, h.fromStatus, h.toStatus])).toEqual([
        [2, 'RESERVED', 'CONFIRMED'],
        [3, 'CONFIRMED', 'FULFILLED'],
      ]);
      expect(after1[0]!.at).toBe('2026-02-02T00:00:00.000Z');
      expect((await store.historyAfter('ord_002', 0, 10)).map((h) => h.version)).toEqual([1, 2, 3, 4]);
      expect(await store.historyAfter('ord_002', 4, 10)).toEqual([]);
      expect(await store.historyAfter('nobody', 0, 10)).toEqual([]);
    });
  });
}
