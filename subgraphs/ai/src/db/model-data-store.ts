import { resultRows, type Database } from '@shop/stores';
import { sql } from 'drizzle-orm';
import type { CatalogItem, SaleLine } from '../domain/models/sales';
import { catalogItems, saleLines, type AiSchema } from './schema';

export interface SaleLineRow {
  orderId: string;
  lineNo: number;
  customerId: string;
  productId: string;
  variantId: string | null;
  quantity: number;
  unitPriceMinor: number;
  orderedAt: string;
}

/** The models' training data (order lines and catalogue facts), as learnt from events. */
export interface ModelDataStore {
  /** Records an order's lines once: lines already recorded (same order and line number) are kept. */
  recordLines(lines: readonly SaleLineRow[]): Promise<void>;
  /** Keeps the newest announcement of a product: an event older than the stored one changes nothing. */
  upsertItem(item: CatalogItem, announcedAt: string): Promise<void>;
  load(): Promise<{ catalog: CatalogItem[]; lines: SaleLine[] }>;
  /** Changes whenever recordLines or upsertItem changed something: the models retrain then. */
  stamp(): Promise<string>;
}

export function createModelDataStore(db: Database<AiSchema>): ModelDataStore {
  return {
    async recordLines(lines) {
      if (lines.length)
        await db
          .insert(saleLines)
          .values([...lines])
          .onConflictDoNothing();
    },

    async upsertItem(item, announcedAt) {
      await db
        .insert(catalogItems)
        .values({ productId: item.id, item, announcedAt })
        .onConflictDoUpdate({
          target: catalogItems.productId,
          set: { item: sql`excluded.item`, announcedAt: sql`excluded.announced_at` },
          setWhere: sql`excluded.announced_at >= ${catalogItems.announcedAt}`,
        });
    },

    async load() {
      const [items, rows] = await Promise.all([db.select().from(catalogItems), db.select().from(saleLines)]);
      return {
        catalog: items.map((r) => r.item).sort((a, b) => (a.id < b.id ? -1 : 1)),
        lines: rows
          .map((r) => ({
            orderId: r.orderId,
            customerId: r.customerId,
            productId: r.productId,
            variantId: r.variantId,
            quantity: r.quantity,
            unitPriceMinor: r.unitPriceMinor,
            at: Date.parse(r.orderedAt),
          }))
          .sort((a, b) => a.at - b.at || (a.orderId < b.orderId ? -1 : 1)),
      };
    },

    async stamp() {
      const [row] = resultRows<{ lines: number; items: number; announced: string | null }>(
        await db.execute(
          sql`select (select count(*)::int from ${saleLines}) as lines, (select count(*)::int from ${catalogItems}) as items, (select max(${catalogItems.announcedAt})::text from ${catalogItems}) as announced`,
        ),
      );
      return `${row?.lines}:${row?.items}:${row?.announced}`;
    },
  };
}
