import { createLogger } from '@shop/kit';
import { InMemoryEventBus, newEvent, openPostgres, type EventSubscription, type PostgresStore } from '@shop/stores';
import { postgresTargets } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createCatalogStore, type CatalogStore } from '../src/db/catalog-store';
import { processedEvents, schema, type OrdersSchema } from '../src/db/schema';
import { startOrderConsumer } from '../src/events/consumer';
import { productCreated, stockChanged } from './helpers/events';

const product = {
  id: 'prd_rm',
  name: 'Read Model Lamp',
  currencyCode: 'USD' as const,
  variants: [
    { id: 'var_rm_1', sku: 'RM-1', name: 'Small', priceMinor: 1500, attributes: [] },
    { id: 'var_rm_2', sku: 'RM-2', name: 'Large', priceMinor: 2500, attributes: [] },
  ],
};
const at =
  (iso: string) =>
  <E extends { occurredAt: string }>(event: E) => ({ ...event, occurredAt: iso });

/** The catalogue read model, fed by product and stock events through the orders consumer group. */
for (const target of postgresTargets()) {
  describe.skipIf(target.skip)(`catalogue read model — ${target.name}`, () => {
    let pg: PostgresStore<OrdersSchema>;
    let drop: () => Promise<void>;
    let catalog: CatalogStore;
    let consumer: EventSubscription;
    const bus = new InMemoryEventBus();
    const deliver = async (...events: Parameters<typeof bus.publish>[0]) => {
      await bus.publish(events);
      await bus.idle();
    };

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'orders' });
      catalog = createCatalogStore(pg.db);
      consumer = await startOrderConsumer({ bus, db: pg.db, logger: createLogger('silent') });
    });
    afterAll(async () => {
      await consumer?.stop();
      await pg?.close();
      await drop?.();
    });

    it('keeps availability that arrives before the product, and prices variants once the product is known', async () => {
      await deliver(at('2030-01-01T00:00:01.000Z')(stockChanged(product.id, [{ variantId: 'var_rm_1', available: 7 }])));
      expect(await catalog.findVariants(['var_rm_1'])).toEqual([]);
      await deliver(at('2030-01-01T00:00:00.000Z')(productCreated(product)));
      expect((await catalog.findVariants(['var_rm_1', 'var_rm_2', 'var_unknown'])).sort((a, b) => a.variantId.localeCompare(b.variantId))).toEqual([
        {
          variantId: 'var_rm_1',
          productId: 'prd_rm',
          sku: 'RM-1',
          productName: 'Read Model Lamp',
          variantName: 'Small',
          priceMinor: 1500,
          currencyCode: 'USD',
          available: 7,
        },
        {
          variantId: 'var_rm_2',
          productId: 'prd_rm',
          sku: 'RM-2',
          productName: 'Read Model Lamp',
          variantName: 'Large',
          priceMinor: 2500,
          currencyCode: 'USD',
          available: null,
        },
      ]);
    });

    it('ignores events older than what it already holds, and handles each event once', async () => {
      const newer = at('2030-01-02T00:00:00.000Z')(
        productCreated({ ...product, variants: [{ ...product.variants[0]!, priceMinor: 1700 }] }, 'product.updated'),
      );
      const older = at('2030-01-01T12:00:00.000Z')(
        productCreated({ ...product, variants: [{ ...product.variants[0]!, priceMinor: 1600 }] }, 'product.updated'),
      );
      await deliver(newer, older, newer);
      await deliver(at('2030-01-01T00:00:00.500Z')(stockChanged(product.id, [{ variantId: 'var_rm_1', available: 1 }])));
      expect((await catalog.findVariants(['var_rm_1']))[0]).toMatchObject({ priceMinor: 1700, available: 7 });
      expect(await pg.db.$count(processedEvents)).toBeGreaterThanOrEqual(5);
    });

    it('accepts stock events without a variants list and skips malformed events', async () => {
      await deliver(newEvent('inventory.stock_changed', { productId: product.id, available: 3, inStock: true }), newEvent('product.updated', { nope: true }));
      expect((await catalog.findVariants(['var_rm_1']))[0]).toMatchObject({ priceMinor: 1700, available: 7 });
    });
  });
}
