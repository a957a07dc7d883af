import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, demoCartId, demoCarts, demoCatalog, demoCategoryAttributes, demoStock, demoUsers } from '../src/index';

const repoFile = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const { categories, products } = demoCatalog();
const attributeSets = demoCategoryAttributes();
const categoryName = new Map(categories.map((c) => [c.id, c.name]));

/** What each variant can promise: the seeded stock over all warehouses, less what seeded orders hold. */
function seededAvailability(): Map<string, number> {
  const available = new Map<string, number>();
  for (const level of demoStock()) available.set(level.variantId, (available.get(level.variantId) ?? 0) + level.quantity);
  // Seeded orders commit nothing: they are settled history, and inventory skips `order.created`
  // events whose source is `history` (subgraphs/inventory/src/events/order-events.ts).
  return available;
}

/** Units per variant a list of cart lines asks for. */
function demand(lines: readonly { variantId: string; quantity: number }[]): Map<string, number> {
  const byVariant = new Map<string, number>();
  for (const l of lines) byVariant.set(l.variantId, (byVariant.get(l.variantId) ?? 0) + l.quantity);
  return byVariant;
}

describe('demo catalogue', () => {
  it('gives every product and variant only attributes of its own category', () => {
    for (const p of products) {
      const sets = attributeSets[p.categoryId];
      expect(sets, `${p.id} is in a leaf category`).toBeDefined();
      for (const a of [...p.attributes, ...p.variants.flatMap((v) => v.attributes)]) {
        expect(sets![a.name] ?? [], `${p.id} (${categoryName.get(p.categoryId)}): ${a.name}: ${a.value}`).toContain(a.value);
      }
      expect(p.attributes.map((a) => a.name)).toContain('Material');
      // One option axis per product, named in each variant's name.
      expect(new Set(p.variants.map((v) => v.attributes.map((a) => a.name).join()))).toHaveLength(1);
      for (const v of p.variants) expect(v.name).toBe(v.attributes.map((a) => `${a.name}: ${a.value}`).join(', '));
      expect(new Set(p.variants.map((v) => v.name))).toHaveLength(p.variants.length);
    }
  });

  it('keeps the mismatches the issue reported out of their categories', () => {
    const materials = (categoryId: string) =>
      products.filter((p) => p.categoryId === categoryId).map((p) => p.attributes.find((a) => a.name === 'Material')!.value);
    for (const id of ['cat_headphones', 'cat_speakers', 'cat_accessories']) expect(materials(id).filter((m) => /wool|cotton|oak|linen/i.test(m))).toEqual([]);
    expect(materials('cat_camping').filter((m) => /oak|ceramic|wool|cotton/i.test(m))).toEqual([]);
    expect(attributeSets['cat_headphones']!.Material).not.toContain('Wool blend');
    expect(attributeSets['cat_camping']!.Material).not.toContain('Oak');
    // Sizes for clothes and shoes, capacities for tents: never a capacity for a lantern.
    const optionOf = (noun: string) =>
      new Set(products.filter((p) => p.name.endsWith(` ${noun}`)).flatMap((p) => p.variants[0]!.attributes.map((a) => a.name)));
    expect(optionOf('Lantern')).toEqual(new Set(['Brightness']));
    expect(optionOf('Tent')).toEqual(new Set(['Capacity']));
    expect(optionOf('Sneakers')).toEqual(new Set(['Size']));
  });

  it('has unique product names, slugs, SKUs and image URLs', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(products.map((p) => p.name));
    unique(products.map((p) => p.slug));
    unique(products.flatMap((p) => p.variants.map((v) => v.sku)));
    unique(products.flatMap((p) => p.images.map((i) => i.url)));
    for (const p of products) for (const i of p.images) expect(i.url).toMatch(new RegExp(`^/images/products/${p.id}-[1-9]\\.svg$`));
  });

  it('holds the slug the schema gives as its example', () => {
    const example = /e\.g\. ([a-z0-9-]+)\./.exec(repoFile('subgraphs/products/src/schema.graphql').match(/"Unique, URL-friendly name, e\.g\. [^"]+"/)![0])![1]!;
    expect(example).toBe('voltix-classic-headphones-0001');
    expect(products.find((p) => p.slug === example)).toMatchObject({ id: 'prd_0001', name: 'Voltix Classic Headphones', categoryId: 'cat_headphones' });
  });

  it('is the same on every call (every process derives it alone)', () => {
    expect(demoCatalog()).toEqual(demoCatalog());
    expect(demoCarts()).toEqual(demoCarts());
  });
});

describe('demo carts', () => {
  const available = seededAvailability();
  const variantIds = new Set(products.flatMap((p) => p.variants.map((v) => v.id)));

  it('never ask for more than the seeded stock of a variant', () => {
    const carts = demoCarts();
    expect(carts.length).toBeGreaterThan(0);
    for (const cart of carts) {
      expect(cart.lines.length).toBeGreaterThan(0);
      for (const [variantId, quantity] of demand(cart.lines)) {
        expect(variantIds.has(variantId)).toBe(true);
        expect(quantity, `${cart.id}: ${variantId}`).toBeLessThanOrEqual(available.get(variantId) ?? 0);
      }
    }
  });

  it("let the demo customer's cart take the README's addCartLine and still fit the stock", () => {
    const readme = repoFile('README.md');
    const [, variantId, quantity] = /addCartLine\(variantId: "([^"]+)", quantity: (\d+)\)/.exec(readme)!;
    const customer = demoUsers().find((u) => u.email === DEMO_CREDENTIALS.customer.email)!;
    const cart = demoCarts().find((c) => c.id === demoCartId(customer.id));
    expect(cart?.customerId).toBe(customer.id);
    for (const [id, units] of demand([...cart!.lines, { variantId: variantId!, quantity: Number(quantity) }])) {
      expect(units, id).toBeLessThanOrEqual(available.get(id) ?? 0);
    }
  });
});
