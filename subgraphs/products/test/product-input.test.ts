import { describe, expect, it } from 'vitest';
import { lowestPrice, withAncestors } from '../src/domain/catalog';
import { applyProductChanges, buildNewProduct, type CreateProductInput } from '../src/domain/product-input';
import { CATEGORIES, product } from './helpers/fixtures';

const category = (id: string) => CATEGORIES.find((c) => c.id === id);
let counter = 0;
const context = (categoryId: string) => ({
  category: category(categoryId),
  now: '2026-02-01T10:00:00.000Z',
  newId: (prefix: string) => `${prefix}_${++counter}`,
});

const input: CreateProductInput = {
  slug: 'storm-shelter-2',
  name: '  Storm Shelter 2  ',
  brand: 'Acme',
  categoryId: 'cat_ultralight',
  variants: [
    { sku: 'SS2-GRN', name: 'Green', price: '249.00' },
    { sku: 'SS2-ORG', name: 'Orange', price: '229.50', attributes: [{ name: 'Color', value: 'Orange' }] },
  ],
};

describe('new products', () => {
  it('builds a valid product with its derived fields', () => {
    const { product: built, errors } = buildNewProduct(input, context('cat_ultralight'));
    expect(errors).toEqual([]);
    expect(built).toMatchObject({
      slug: 'storm-shelter-2',
      name: 'Storm Shelter 2',
      description: '',
      priceMinor: 22950,
      currencyCode: 'USD',
      categoryIds: ['cat_gear', 'cat_tents', 'cat_ultralight'],
      createdAt: '2026-02-01T10:00:00.000Z',
      revision: 0,
      images: [],
    });
    expect(built?.id).toMatch(/^prd_/);
    expect(built?.variants.map((v) => [v.sku, v.priceMinor])).toEqual([
      ['SS2-GRN', 24900],
      ['SS2-ORG', 22950],
    ]);
  });

  it('lists every problem at once', () => {
    const { product: built, errors } = buildNewProduct(
      {
        ...input,
        slug: 'Not A Slug',
        name: ' ',
        brand: '',
        images: [{ url: 'javascript:alert(1)', altText: 'x' }],
        variants: [
          { sku: 'A', name: 'One', price: '0' },
          { sku: 'bad sku', name: 'Two', price: '1.999' },
          { sku: 'A', name: 'Three', price: '5' },
        ],
      },
      context('cat_missing'),
    );
    expect(built).toBeNull();
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_SLUG', 'slug'],
      ['INVALID_NAME', 'name'],
      ['INVALID_BRAND', 'brand'],
      ['UNKNOWN_CATEGORY', 'categoryId'],
      ['INVALID_IMAGE', 'images'],
      ['INVALID_PRICE', 'variants.0.price'],
      ['INVALID_SKU', 'variants.1.sku'],
      ['INVALID_PRICE', 'variants.1.price'],
      ['SKU_TAKEN', 'variants.2.sku'],
    ]);
  });

  it('wants at least one variant', () => {
    expect(buildNewProduct({ ...input, variants: [] }, context('cat_tents')).errors.map((e) => e.code)).toEqual(['NO_VARIANTS']);
  });
});

describe('product updates', () => {
  const current = product(1, { categoryId: 'cat_tents', prices: [3000, 3500] });

  it('changes only what the input names and recomputes derived fields', () => {
    const { product: next, errors } = applyProductChanges(
      current,
      {
        name: 'New name',
        description: null,
        categoryId: 'cat_books',
        variants: [
          { id: 'var_1_1', price: '10.00' },
          { sku: 'NEW-1', name: 'Extra', price: '45' },
        ],
      },
      context('cat_books'),
    );
    expect(errors).toEqual([]);
    expect(next).toMatchObject({ name: 'New name', description: current.description, categoryId: 'cat_books', categoryIds: ['cat_books'], priceMinor: 1000 });
    expect(next?.variants.map((v) => [v.id, v.priceMinor])).toEqual([
      ['var_1_0', 3000],
      ['var_1_1', 1000],
      [expect.stringMatching(/^var_/), 4500],
    ]);
    expect(next?.updatedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(next?.createdAt).toBe(current.createdAt);
  });

  it('keeps each price change in the variant history (what ai estimates elasticity from)', () => {
    const change = (row: typeof current, price: string) => applyProductChanges(row, { variants: [{ id: 'var_1_1', price }] }, context('cat_tents')).product!;
    const once = change(current, '30.00');
    expect(once.variants[1]!.priceHistory).toEqual([
      { from: current.createdAt, priceMinor: 3500 },
      { from: '2026-02-01T10:00:00.000Z', priceMinor: 3000 },
    ]);
    expect(change(once, '30.00').variants[1]!.priceHistory).toHaveLength(2);
    expect(once.variants[0]!.priceHistory).toBeUndefined();
  });

  it('refuses unknown variants, incomplete new ones, clashing SKUs and an unknown category', () => {
    const { errors } = applyProductChanges(
      current,
      { categoryId: 'cat_missing', variants: [{ id: 'var_nope', price: '1' }, { sku: 'X-1' }, { id: 'var_1_1', sku: 'SKU-1-0' }] },
      context('cat_missing'),
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['UNKNOWN_CATEGORY', 'categoryId'],
      ['UNKNOWN_VARIANT', 'variants.0.id'],
      ['INVALID_VARIANT', 'variants.1'],
      ['SKU_TAKEN', 'variants'],
    ]);
  });
});

describe('catalogue helpers', () => {
  it('finds the lowest variant price', () => {
    expect(lowestPrice([{ priceMinor: 500 }, { priceMinor: 300 }, { priceMinor: 900 }])).toBe(300);
  });

  it('gives each category its path from the root, whatever the input order', () => {
    const tree = withAncestors([
      { id: 'c', slug: 'c', name: 'C', parentId: 'b' },
      { id: 'a', slug: 'a', name: 'A', parentId: null },
      { id: 'b', slug: 'b', name: 'B', parentId: 'a' },
    ]);
    expect(tree.map((c) => [c.id, c.ancestorIds])).toEqual([
      ['c', ['a', 'b']],
      ['a', []],
      ['b', ['a']],
    ]);
    expect(() =>
      withAncestors([
        { id: 'x', slug: 'x', name: 'X', parentId: 'y' },
        { id: 'y', slug: 'y', name: 'Y', parentId: 'x' },
      ]),
    ).toThrow(/cyclic/);
  });
});
