/**
 * The search subgraph's one store: a product index fed by events and read by `Query.search`.
 * Two implementations pass the same contract suite: embedded Orama (default) and Elasticsearch.
 */

/** A product as the search index knows it, built from a product.created / product.updated event. */
export interface ProductDoc {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string;
  categoryId: string;
  categoryName: string;
  /** The product's category and all its ancestors, so a department filter finds its leaves. */
  categoryIds: string[];
  /** Lowest variant price, integer minor units. */
  priceMinor: number;
  currencyCode: string;
  createdAt: string;
  /** Epoch ms of the event this version came from; an older version never replaces a newer one. */
  asOf: number;
}

/** Stock as inventory last announced it. */
export interface StockState {
  available: number;
  inStock: boolean;
  /** Epoch ms of the inventory.stock_changed event; older updates are ignored. */
  asOf: number;
}

/** A product document with its stock, as the index holds and returns it. Unknown stock reads as 0 / not in stock. */
export interface IndexedProduct extends ProductDoc {
  available: number;
  inStock: boolean;
}

export interface SearchFilters {
  /** Matches when the product's category or any ancestor is in the list. */
  categoryIds?: string[];
  brands?: string[];
  /** Inclusive bounds on the lowest variant price, minor units. */
  minPriceMinor?: number;
  maxPriceMinor?: number;
  inStock?: boolean;
}

export interface SearchParams {
  /** Free text; empty means browse everything that passes the filters. */
  query: string;
  filters: SearchFilters;
  offset: number;
  limit: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facet {
  name: 'category' | 'brand' | 'price';
  values: FacetValue[];
}

export interface SearchHitRef {
  id: string;
  score: number;
}

export interface IndexSearchResult {
  totalCount: number;
  /** Ordered by score (desc), ties by id (asc), so that offsets page without duplicates. */
  hits: SearchHitRef[];
  /** Always category, brand and price, computed over every match (not only the page). */
  facets: Facet[];
}

export interface SearchIndex {
  /** Inserts or replaces products; a document older (by `asOf`) than the indexed one is ignored. */
  upsertProducts(docs: ProductDoc[]): Promise<void>;
  /**
   * Records a product's stock; ignored when older than what is recorded. Stock for a product not
   * yet indexed is kept and applied when the product arrives.
   */
  setStock(productId: string, available: number, inStock: boolean, asOf: number): Promise<void>;
  search(params: SearchParams): Promise<IndexSearchResult>;
  /** The indexed product, for diagnostics and tests; undefined when absent. */
  get(id: string): Promise<IndexedProduct | undefined>;
  /** Number of searchable products (stock-only placeholders excluded). */
  count(): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
