import { DEPARTMENTS, type Department, type Leaf, type ProductKind } from './departments';
import { demoEconomics } from './demand';
import { createRandom, pad, slugify, type Random } from './random';

export interface DemoCategory {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

export interface DemoVariant {
  id: string;
  sku: string;
  name: string;
  priceMinor: number;
  /** What the shop pays for one unit (products keeps it; ai prices against it). */
  costMinor: number;
  attributes: { name: string; value: string }[];
}

export interface DemoProduct {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string;
  categoryId: string;
  currencyCode: 'USD';
  images: { url: string; altText: string }[];
  attributes: { name: string; value: string }[];
  variants: DemoVariant[];
  /** Products bought together in the demo order history share a bundle. */
  bundle: number;
  /** The planted own-price elasticity of its demand (true value, to check estimates against). */
  elasticity: number;
  createdAt: string;
}

export interface DemoCatalog {
  categories: DemoCategory[];
  products: DemoProduct[];
}

export const DEMO_PRODUCT_COUNT = 520;
const BUNDLE_SIZE = 5;
/** Where the products subgraph serves its generated product images (`<product id>-<view>.svg`). */
export const DEMO_IMAGE_PATH = '/images/products/';

/** The attribute names and values a category's products and variants may carry. */
export type AttributeSets = Record<string, readonly string[]>;

function attributeSetsOf(leaf: Leaf): AttributeSets {
  const sets: Record<string, Set<string>> = {};
  const add = (name: string, values: readonly string[]) => values.forEach((v) => (sets[name] ??= new Set()).add(v));
  for (const k of leaf.kinds) {
    add(k.option.name, k.option.values);
    add('Material', k.material);
    add(k.detail.name, k.detail.values);
  }
  return Object.fromEntries(Object.entries(sets).map(([name, values]) => [name, [...values]]));
}

/** Per leaf category id: every attribute its demo products and variants may carry. */
export function demoCategoryAttributes(): Record<string, AttributeSets> {
  return Object.fromEntries(DEPARTMENTS.flatMap((d) => d.children.map((leaf) => [`cat_${slugify(leaf.name)}`, attributeSetsOf(leaf)])));
}

interface Placement {
  category: DemoCategory;
  dept: Department;
  leaf: Leaf;
}

/**
 * A name nobody in the catalogue has yet: brand, adjective and kind as drawn, or else the next
 * adjective (then the next kind) of the same brand. Deterministic, and it draws no extra random
 * numbers, so the rest of the demo data (variants, stock, orders) does not shift.
 */
function uniqueName(taken: Set<string>, brand: string, adjectives: readonly string[], adjective: number, kinds: readonly ProductKind[], kindIndex: number) {
  for (let k = 0; k < adjectives.length * kinds.length; k++) {
    const kind = kinds[(kindIndex + Math.floor(k / adjectives.length)) % kinds.length]!;
    const name = `${brand} ${adjectives[(adjective + k) % adjectives.length]} ${kind.noun}`;
    if (!taken.has(name)) {
      taken.add(name);
      return { name, kind };
    }
  }
  throw new Error(`The demo catalogue ran out of names for ${brand} ${kinds[0]!.noun}.`);
}

const index = (random: Random, length: number) => random.int(0, length - 1);

function describe(name: string, kind: ProductKind, material: string, detail: string, values: readonly string[]) {
  return `${name}. Material: ${material}. ${kind.detail.name}: ${detail}. Choose your ${kind.option.name.toLowerCase()}: ${values.join(', ')}.`;
}

/** The demo catalogue: a category tree (departments and leaves) and 520 products with variants. */
export function demoCatalog(): DemoCatalog {
  const random = createRandom(20261122);
  const categories: DemoCategory[] = [];
  const leaves: Placement[] = [];
  for (const dept of DEPARTMENTS) {
    const parent: DemoCategory = { id: `cat_${slugify(dept.name)}`, slug: slugify(dept.name), name: dept.name, parentId: null };
    categories.push(parent);
    for (const leaf of dept.children) {
      const category: DemoCategory = { id: `cat_${slugify(leaf.name)}`, slug: slugify(leaf.name), name: leaf.name, parentId: parent.id };
      categories.push(category);
      leaves.push({ category, dept, leaf });
    }
  }

  const products: DemoProduct[] = [];
  const names = new Set<string>();
  const created = Date.UTC(2024, 0, 1);
  const economics = demoEconomics(DEMO_PRODUCT_COUNT);
  for (let i = 1; i <= DEMO_PRODUCT_COUNT; i++) {
    // Consecutive products share a leaf category so that a bundle is a coherent set.
    const { category, dept, leaf } = leaves[Math.floor((i - 1) / BUNDLE_SIZE) % leaves.length]!;
    const brand = random.pick(dept.brands);
    const kindIndex = index(random, leaf.kinds.length);
    const { name, kind } = uniqueName(names, brand, dept.adjectives, index(random, dept.adjectives.length), leaf.kinds, kindIndex);
    const id = `prd_${pad(i, 4)}`;
    const [lo, hi] = leaf.priceRange;
    const base = Math.round(random.int(lo, hi) / 100) * 100 - 1;
    const values = kind.option.values.slice(0, random.int(1, kind.option.values.length));
    const material = random.pick(kind.material);
    const detail = random.pick(kind.detail.values);
    const variants: DemoVariant[] = values.map((value, v) => ({
      id: `var_${pad(i, 4)}_${v + 1}`,
      sku: `SKU-${pad(i, 4)}-${v + 1}`,
      name: `${kind.option.name}: ${value}`,
      priceMinor: base + v * kind.option.stepMinor,
      costMinor: Math.round((base + v * kind.option.stepMinor) * economics[i - 1]!.costShare),
      attributes: [{ name: kind.option.name, value }],
    }));
    products.push({
      id,
      slug: `${slugify(name)}-${pad(i, 4)}`,
      name,
      description: describe(name, kind, material, detail, values),
      brand,
      categoryId: category.id,
      currencyCode: 'USD',
      images: [1, 2].map((n) => ({ url: `${DEMO_IMAGE_PATH}${id}-${n}.svg`, altText: `${name}, view ${n}` })),
      attributes: [
        { name: 'Material', value: material },
        { name: kind.detail.name, value: detail },
      ],
      variants,
      bundle: Math.floor((i - 1) / BUNDLE_SIZE),
      elasticity: economics[i - 1]!.elasticity,
      createdAt: new Date(created + i * 36e5 * 7).toISOString(),
    });
  }
  return { categories, products };
}
