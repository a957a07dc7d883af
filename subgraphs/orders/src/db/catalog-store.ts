import type { Database } from '@shop/stores';
import { inArray, sql } from 'drizzle-orm';
import type { CatalogVariant } from '../domain/catalog';
import { catalogVariants, type OrdersSchema } from './schema';

type Db = Database<OrdersSchema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What products' events say of a variant: everything the read model holds but inventory's figure. */
export type ProductVariantFacts = Omit<CatalogVariant, 'available'> & { categoryId?: string | null; categoryName?: string | null };

/** Reads of the catalogue read model (writes happen in event handlers, see catalogWrites). */
export interface CatalogStore {
  /** Variants the read model can price; unknown or not yet priced ids are left out. One query. */
  findVariants(variantIds: readonly string[]): Promise<CatalogVariant[]>;
}

export function createCatalogStore(db: Db): CatalogStore {
  return {
    async findVariants(variantIds) {
      if (!variantIds.length) return [];
      const rows = await db
        .select()
        .from(catalogVariants)
        .where(inArray(catalogVariants.variantId, [...new Set(variantIds)]));
      return rows.flatMap((row) =>
        row.productId !== null && row.sku !== null && row.priceMinor !== null && row.currencyCode !== null
          ? [
              {
                variantId: row.variantId,
                productId: row.productId,
                sku: row.sku,
                productName: row.productName ?? '',
                variantName: row.variantName ?? '',
                priceMinor: row.priceMinor,
                currencyCode: row.currencyCode,
                available: row.available,
              },
            ]
          : [],
      );
    },
  };
}

/**
 * Upserts inside an event handler's transaction. Each half of a row keeps the occurredAt of the
 * event it came from, so an older event delivered late never overwrites a newer one.
 */
export function catalogWrites(tx: Tx) {
  return {
    async applyProduct(variants: readonly ProductVariantFacts[], occurredAt: string) {
      if (!variants.length) return;
      await tx
        .insert(catalogVariants)
        .values(variants.map((v) => ({ ...v, productAsOf: occurredAt, updatedAt: sql`now()` })))
        .onConflictDoUpdate({
          target: catalogVariants.variantId,
          set: {
            productId: sql`excluded.product_id`,
            sku: sql`excluded.sku`,
            productName: sql`excluded.product_name`,
            variantName: sql`excluded.variant_name`,
            categoryId: sql`excluded.category_id`,
            categoryName: sql`excluded.category_name`,
            priceMinor: sql`excluded.price_minor`,
            currencyCode: sql`excluded.currency_code`,
            productAsOf: sql`excluded.product_as_of`,
            updatedAt: sql`now()`,
          },
          setWhere: sql`${catalogVariants.productAsOf} is null or ${catalogVariants.productAsOf} <= excluded.product_as_of`,
        });
    },
    async applyAvailability(levels: readonly { variantId: string; available: number }[], occurredAt: string) {
      if (!levels.length) return;
      await tx
        .insert(catalogVariants)
        .values(levels.map((l) => ({ variantId: l.variantId, available: l.available, availableAsOf: occurredAt, updatedAt: sql`now()` })))
        .onConflictDoUpdate({
          target: catalogVariants.variantId,
          set: { available: sql`excluded.available`, availableAsOf: sql`excluded.available_as_of`, updatedAt: sql`now()` },
          setWhere: sql`${catalogVariants.availableAsOf} is null or ${catalogVariants.availableAsOf} <= excluded.available_as_of`,
        });
    },
  };
}
