import { newEvent, type DomainEvent } from '@shop/stores';
import type { CategoryRow, ProductRow } from '../domain/catalog';

export const PRODUCT_CREATED = 'product.created';
export const PRODUCT_UPDATED = 'product.updated';

/** product.created / product.updated, version 1: what search and ai index a product by, and orders prices carts by. */
export interface ProductEventPayloadV1 {
  product: {
    id: string;
    slug: string;
    name: string;
    description: string;
    brand: string;
    categoryId: string;
    categoryName: string;
    /** The category and its ancestors. */
    categoryIds: string[];
    /** The lowest variant price. */
    priceMinor: number;
    currencyCode: string;
    createdAt: string;
    /** Material and the like: ai's content similarity reads them. */
    attributes: { name: string; value: string }[];
    /**
     * Every variant with its own price, so that orders can price carts without calling products;
     * its cost (null when unknown) and price history (oldest first) are for ai's pricing.
     */
    variants: {
      id: string;
      sku: string;
      name: string;
      priceMinor: number;
      currencyCode: string;
      costMinor: number | null;
      priceHistory: { from: string; priceMinor: number }[];
    }[];
  };
}

export function productEventPayload(product: ProductRow, category: CategoryRow): ProductEventPayloadV1 {
  return {
    product: {
      id: product.id,
      slug: product.slug,
      name: product.name,
      description: product.description,
      brand: product.brand,
      categoryId: product.categoryId,
      categoryName: category.name,
      categoryIds: product.categoryIds,
      priceMinor: product.priceMinor,
      currencyCode: product.currencyCode,
      createdAt: product.createdAt,
      attributes: product.attributes,
      variants: product.variants.map((v) => ({
        id: v.id,
        sku: v.sku,
        name: v.name,
        priceMinor: v.priceMinor,
        currencyCode: product.currencyCode,
        costMinor: v.costMinor ?? null,
        priceHistory: v.priceHistory?.length ? v.priceHistory : [{ from: product.createdAt, priceMinor: v.priceMinor }],
      })),
    },
  };
}

export const productCreated = (product: ProductRow, category: CategoryRow): DomainEvent<ProductEventPayloadV1> =>
  newEvent(PRODUCT_CREATED, productEventPayload(product, category));

export const productUpdated = (product: ProductRow, category: CategoryRow): DomainEvent<ProductEventPayloadV1> =>
  newEvent(PRODUCT_UPDATED, productEventPayload(product, category));
