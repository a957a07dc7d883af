import { demoCatalog, demoPriceHistory } from '@shop/demo-data';
import type { Logger } from '@shop/kit';
import { duplicateKeyField } from './db/document-collection';
import type { ProductStore } from './db/product-store';
import { CATALOG_CURRENCY, withAncestors, type ProductRow } from './domain/catalog';
import { derive } from './domain/product-input';
import { productCreated } from './events/product-events';

/**
 * Loads the demo catalogue into an empty store, with a product.created event per product so that
 * search and ai build their state from events, exactly as for products created later.
 */
export async function seedCatalog(store: ProductStore, logger: Logger, now: Date = new Date()): Promise<void> {
  if ((await store.count({})) > 0 || (await store.categories()).length > 0) return;
  const demo = demoCatalog();
  const categories = withAncestors(demo.categories);
  const byId = new Map(categories.map((c) => [c.id, c]));
  // The demo prices moved over the history: each variant keeps its history (ai estimates elasticity from it).
  const prices = demoPriceHistory(now);
  const products = demo.products.map(({ bundle: _bundle, elasticity: _truth, currencyCode, ...demoProduct }): ProductRow => {
    const p = { ...demoProduct, variants: demoProduct.variants.map((v) => ({ ...v, priceHistory: prices.get(v.id) ?? [] })) };
    const category = byId.get(p.categoryId)!;
    if (currencyCode !== CATALOG_CURRENCY) throw new Error(`Demo product ${p.id} is priced in ${currencyCode}.`);
    return derive({ ...p, currencyCode, categoryIds: [], priceMinor: 0, updatedAt: p.createdAt, revision: 0 }, category);
  });
  const events = products.map((p) => productCreated(p, byId.get(p.categoryId)!));
  try {
    await store.importCatalog(categories, products, events);
  } catch (error) {
    // Another replica seeding the same empty database at the same moment won the race.
    if (duplicateKeyField(error) === undefined) throw error;
    logger.info('demo catalogue already seeded by another process');
    return;
  }
  logger.info('seeded demo catalogue', { categories: categories.length, products: products.length });
}
