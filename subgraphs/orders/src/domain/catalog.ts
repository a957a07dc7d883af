/** A variant as the orders subgraph knows it from products' and inventory's events (its read model). */
export interface CatalogVariant {
  variantId: string;
  productId: string;
  sku: string;
  productName: string;
  variantName: string;
  priceMinor: number;
  currencyCode: string;
  /** Units inventory last said could be sold; null until inventory has said anything. */
  available: number | null;
}

export type Catalog = ReadonlyMap<string, CatalogVariant>;
