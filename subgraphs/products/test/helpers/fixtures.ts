import { withAncestors, type CategoryRow, type ProductRow } from '../../src/domain/catalog';
import { derive } from '../../src/domain/product-input';

/** A small catalogue for store tests: two roots, a child and a grandchild. */
export const CATEGORIES: CategoryRow[] = withAncestors([
  { id: 'cat_gear', slug: 'gear', name: 'Gear', parentId: null },
  { id: 'cat_tents', slug: 'tents', name: 'Tents', parentId: 'cat_gear' },
  { id: 'cat_ultralight', slug: 'ultralight', name: 'Ultralight', parentId: 'cat_tents' },
  { id: 'cat_books', slug: 'books', name: 'Books', parentId: null },
]);

const byId = new Map(CATEGORIES.map((c) => [c.id, c]));

export function product(n: number, overrides: { categoryId?: string; prices?: number[]; brand?: string; name?: string; createdAt?: string } = {}): ProductRow {
  const id = `prd_${String(n).padStart(3, '0')}`;
  const categoryId = overrides.categoryId ?? 'cat_tents';
  const prices = overrides.prices ?? [1000 + n * 100];
  return derive(
    {
      id,
      slug: `product-${n}`,
      name: overrides.name ?? `Product ${n}`,
      description: `Description ${n}`,
      brand: overrides.brand ?? 'Acme',
      categoryId,
      categoryIds: [],
      currencyCode: 'USD',
      priceMinor: 0,
      images: [{ url: `/img/${id}.jpg`, altText: `Product ${n}` }],
      attributes: [{ name: 'Material', value: 'Nylon' }],
      variants: prices.map((priceMinor, v) => ({ id: `var_${n}_${v}`, sku: `SKU-${n}-${v}`, name: `Variant ${v}`, priceMinor, attributes: [] })),
      createdAt: overrides.createdAt ?? new Date(Date.UTC(2025, 0, 1) + n * 36e5).toISOString(),
      updatedAt: '2025-01-01T00:00:00.000Z',
      revision: 0,
    },
    byId.get(categoryId)!,
  );
}
