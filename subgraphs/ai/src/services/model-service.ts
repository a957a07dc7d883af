import type { Logger } from '@shop/kit';
import type { ModelDataStore } from '../db/model-data-store';
import { productDemandForecast, revenueForecast, type ForecastResult } from '../domain/models/demand-forecast';
import { estimateElasticity } from '../domain/models/elasticity';
import { suggestPrice, type PriceSuggestion } from '../domain/models/pricing';
import { trainHybrid, type HybridModel } from '../domain/models/recommender';
import { WEEK_MS, type CatalogItem, type SaleLine } from '../domain/models/sales';
import { HISTORY_WEEKS } from '../domain/models/demand-forecast';

export interface VariantPriceSuggestion extends PriceSuggestion {
  productId: string;
  variantId: string;
  sku: string;
  costMinor: number | null;
  elasticity: number | null;
  elasticityStandardError: number | null;
}

interface Trained {
  stamp: string;
  catalog: CatalogItem[];
  byId: Map<string, CatalogItem>;
  lines: SaleLine[];
  hybrid: HybridModel;
  cache: Map<string, unknown>;
}

/** How often a read checks whether events changed the training data (one cheap query). */
const CHECK_EVERY_MS = 1000;

/**
 * Holds the trained models and retrains them when the data learnt from events has changed (checked
 * at most once a second, on read; at once after this process recorded an event). Training the whole set on the demo history takes about a
 * second; forecasts and price suggestions are computed on first use and kept until the next retrain.
 */
export function createModelService(store: ModelDataStore, logger: Logger, now: () => number = Date.now) {
  let checkedAt = 0;

  async function train(stamp: string): Promise<Trained> {
    const started = Date.now();
    const { catalog, lines } = await store.load();
    const model: Trained = { stamp, catalog, byId: new Map(catalog.map((c) => [c.id, c])), lines, hybrid: trainHybrid(catalog, lines), cache: new Map() };
    logger.info('trained the ai models', { products: catalog.length, lines: lines.length, ms: Date.now() - started });
    return model;
  }

  let latest: Trained | null = null;
  let training: Promise<Trained> | null = null;

  function retrain(stamp: string): Promise<Trained> {
    training ??= train(stamp)
      .then((model) => (latest = model))
      .finally(() => (training = null));
    return training;
  }

  /**
   * The trained models. The first read waits for training; after that a read never waits: when
   * the data changed it starts a retrain in the background and answers from the previous models.
   */
  async function current(): Promise<Trained> {
    if (latest && now() - checkedAt < CHECK_EVERY_MS) return latest;
    checkedAt = now();
    const stamp = await store.stamp();
    if (latest?.stamp === stamp) return latest;
    if (!latest) return retrain(stamp);
    retrain(stamp).catch((error: unknown) => logger.error('retraining the ai models failed', { error: String(error) }));
    return latest;
  }

  const cached = <T>(m: Trained, key: string, make: () => T): T =>
    m.cache.has(key) ? (m.cache.get(key) as T) : (m.cache.set(key, make()), m.cache.get(key) as T);
  // Weeks end at the start of the current day, so that a forecast does not move within a day.
  const endOfHistory = () => Math.floor(now() / 864e5) * 864e5;

  return {
    /** New data was recorded by this process: the next read checks the store instead of waiting. */
    invalidate: () => void (checkedAt = 0),
    hybrid: async () => (await current()).hybrid,
    /** The training history of one customer (their order lines). */
    async customerHistory(customerId: string): Promise<SaleLine[]> {
      return (await current()).lines.filter((l) => l.customerId === customerId);
    },
    async revenueForecast(weeks: number): Promise<ForecastResult & { weekStarts: number[] }> {
      const m = await current();
      const end = endOfHistory();
      return cached(m, `revenue:${weeks}:${end}`, () => ({ ...revenueForecast(m.lines, end, weeks), weekStarts: starts(end, weeks) }));
    },
    async demandForecast(productId: string, weeks: number): Promise<(ForecastResult & { weekStarts: number[] }) | null> {
      const m = await current();
      const item = m.byId.get(productId);
      if (!item) return null;
      const end = endOfHistory();
      return cached(m, `demand:${productId}:${weeks}:${end}`, () => ({
        ...productDemandForecast(item, m.catalog, m.lines, end, weeks),
        weekStarts: starts(end, weeks),
      }));
    },
    /** Every variant's suggestion, changes first (largest expected margin gain first). */
    async priceSuggestions(): Promise<VariantPriceSuggestion[]> {
      const m = await current();
      const end = endOfHistory();
      return cached(m, `prices:${end}`, () => {
        const rows = m.catalog.flatMap((item) => {
          const estimate = estimateElasticity(item, m.lines, end, HISTORY_WEEKS);
          return item.variants.map((v) => ({
            ...suggestPrice(v.priceMinor, v.costMinor, estimate),
            productId: item.id,
            variantId: v.id,
            sku: v.sku,
            costMinor: v.costMinor,
            elasticity: estimate && Number.isFinite(estimate.standardError) ? estimate.elasticity : null,
            elasticityStandardError: estimate && Number.isFinite(estimate.standardError) ? estimate.standardError : null,
          }));
        });
        const gain = (s: VariantPriceSuggestion) => s.expectedWeeklyMarginMinor.suggested - s.expectedWeeklyMarginMinor.current;
        return rows.sort((a, b) => Number(b.changed) - Number(a.changed) || gain(b) - gain(a) || (a.variantId < b.variantId ? -1 : 1));
      });
    },
  };
}

const starts = (end: number, weeks: number) => Array.from({ length: weeks }, (_, i) => end + i * WEEK_MS);

export type ModelService = ReturnType<typeof createModelService>;
