import { createRandom, pad, slugify } from './random';

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
  createdAt: string;
}

interface Department {
  name: string;
  brands: string[];
  children: { name: string; nouns: string[]; priceRange: [number, number]; options: { name: string; values: string[] } }[];
}

const DEPARTMENTS: Department[] = [
  {
    name: 'Electronics',
    brands: ['Voltix', 'Northwave', 'Aurion', 'Kestrel Audio'],
    children: [
      {
        name: 'Headphones',
        nouns: ['Headphones', 'Earbuds', 'Headset'],
        priceRange: [2900, 34900],
        options: { name: 'Color', values: ['Black', 'White', 'Navy'] },
      },
      { name: 'Speakers', nouns: ['Speaker', 'Soundbar', 'Subwoofer'], priceRange: [3900, 49900], options: { name: 'Color', values: ['Charcoal', 'Sand'] } },
      { name: 'Accessories', nouns: ['Charger', 'Cable', 'Power Bank', 'Stand'], priceRange: [900, 7900], options: { name: 'Length', values: ['1 m', '2 m'] } },
    ],
  },
  {
    name: 'Home & Kitchen',
    brands: ['Hearthly', 'Copperleaf', 'Oakmere'],
    children: [
      {
        name: 'Cookware',
        nouns: ['Skillet', 'Saucepan', 'Dutch Oven', 'Wok'],
        priceRange: [2400, 22900],
        options: { name: 'Size', values: ['20 cm', '24 cm', '28 cm'] },
      },
      {
        name: 'Coffee & Tea',
        nouns: ['Pour-Over Kettle', 'French Press', 'Grinder', 'Tea Set'],
        priceRange: [1900, 18900],
        options: { name: 'Finish', values: ['Steel', 'Matte Black'] },
      },
      {
        name: 'Bedding',
        nouns: ['Duvet Cover', 'Pillow', 'Throw Blanket', 'Sheet Set'],
        priceRange: [2900, 15900],
        options: { name: 'Size', values: ['Twin', 'Queen', 'King'] },
      },
    ],
  },
  {
    name: 'Outdoors',
    brands: ['Ridgeline', 'Trailcraft', 'Summit & Co'],
    children: [
      {
        name: 'Camping',
        nouns: ['Tent', 'Sleeping Bag', 'Camp Stove', 'Lantern'],
        priceRange: [2900, 39900],
        options: { name: 'Capacity', values: ['1 person', '2 person', '4 person'] },
      },
      {
        name: 'Hiking',
        nouns: ['Daypack', 'Trekking Poles', 'Water Filter', 'Headlamp'],
        priceRange: [1900, 17900],
        options: { name: 'Color', values: ['Olive', 'Slate', 'Rust'] },
      },
    ],
  },
  {
    name: 'Apparel',
    brands: ['Loomwell', 'Fieldnote', 'Pale Harbor'],
    children: [
      {
        name: 'Tops',
        nouns: ['T-Shirt', 'Sweater', 'Hoodie', 'Flannel Shirt'],
        priceRange: [1900, 11900],
        options: { name: 'Size', values: ['S', 'M', 'L', 'XL'] },
      },
      {
        name: 'Footwear',
        nouns: ['Sneakers', 'Boots', 'Sandals', 'Loafers'],
        priceRange: [4900, 21900],
        options: { name: 'Size', values: ['8', '9', '10', '11'] },
      },
      {
        name: 'Bags',
        nouns: ['Tote', 'Backpack', 'Duffel', 'Crossbody Bag'],
        priceRange: [2900, 19900],
        options: { name: 'Color', values: ['Black', 'Tan', 'Forest'] },
      },
    ],
  },
  {
    name: 'Sports & Fitness',
    brands: ['Pulseform', 'Ironbark', 'Tempo Athletics'],
    children: [
      {
        name: 'Yoga',
        nouns: ['Yoga Mat', 'Yoga Block', 'Strap', 'Bolster'],
        priceRange: [1200, 9900],
        options: { name: 'Color', values: ['Plum', 'Sage', 'Graphite'] },
      },
      {
        name: 'Strength',
        nouns: ['Kettlebell', 'Dumbbell Set', 'Resistance Bands', 'Pull-Up Bar'],
        priceRange: [1900, 29900],
        options: { name: 'Weight', values: ['8 kg', '12 kg', '16 kg'] },
      },
    ],
  },
];

const ADJECTIVES = ['Classic', 'Everyday', 'Pro', 'Compact', 'Premium', 'Essential', 'Ultralight', 'Heritage', 'Studio', 'Nomad', 'Signature', 'Modern'];
const MATERIALS = ['Recycled polyester', 'Organic cotton', 'Stainless steel', 'Aluminium', 'Oak', 'Ceramic', 'Nylon', 'Wool blend'];

export interface DemoCatalog {
  categories: DemoCategory[];
  products: DemoProduct[];
}

export const DEMO_PRODUCT_COUNT = 520;
const BUNDLE_SIZE = 5;

/** The demo catalogue: a category tree (departments and leaves) and 520 products with variants. */
export function demoCatalog(): DemoCatalog {
  const random = createRandom(20261122);
  const categories: DemoCategory[] = [];
  const leaves: { category: DemoCategory; dept: Department; child: Department['children'][number] }[] = [];
  for (const dept of DEPARTMENTS) {
    const parent: DemoCategory = { id: `cat_${slugify(dept.name)}`, slug: slugify(dept.name), name: dept.name, parentId: null };
    categories.push(parent);
    for (const child of dept.children) {
      const category: DemoCategory = { id: `cat_${slugify(child.name)}`, slug: slugify(child.name), name: child.name, parentId: parent.id };
      categories.push(category);
      leaves.push({ category, dept, child });
    }
  }

  const products: DemoProduct[] = [];
  const created = Date.UTC(2025, 0, 1);
  for (let i = 1; i <= DEMO_PRODUCT_COUNT; i++) {
    // Consecutive products share a leaf category so that a bundle is a coherent set.
    const leaf = leaves[Math.floor((i - 1) / BUNDLE_SIZE) % leaves.length]!;
    const brand = random.pick(leaf.dept.brands);
    const noun = random.pick(leaf.child.nouns);
    const name = `${brand} ${random.pick(ADJECTIVES)} ${noun}`;
    const id = `prd_${pad(i, 4)}`;
    const [lo, hi] = leaf.child.priceRange;
    const base = Math.round(random.int(lo, hi) / 100) * 100 - 1;
    const optionCount = random.int(1, leaf.child.options.values.length);
    const material = random.pick(MATERIALS);
    const variants: DemoVariant[] = leaf.child.options.values.slice(0, optionCount).map((value, v) => ({
      id: `var_${pad(i, 4)}_${v + 1}`,
      sku: `SKU-${pad(i, 4)}-${v + 1}`,
      name: `${leaf.child.options.name}: ${value}`,
      priceMinor: base + v * (leaf.child.options.name === 'Size' || leaf.child.options.name === 'Capacity' || leaf.child.options.name === 'Weight' ? 500 : 0),
      attributes: [{ name: leaf.child.options.name, value }],
    }));
    products.push({
      id,
      slug: `${slugify(name)}-${pad(i, 4)}`,
      name,
      description: `The ${name} is a ${material.toLowerCase()} ${noun.toLowerCase()} from ${brand}, built for ${leaf.dept.name.toLowerCase()} lovers who want something that lasts.`,
      brand,
      categoryId: leaf.category.id,
      currencyCode: 'USD',
      images: [1, 2].map((n) => ({ url: `/images/products/${id}-${n}.jpg`, altText: `${name}, view ${n}` })),
      attributes: [
        { name: 'Material', value: material },
        { name: 'Warranty', value: `${random.int(1, 3)} years` },
      ],
      variants,
      bundle: Math.floor((i - 1) / BUNDLE_SIZE),
      createdAt: new Date(created + i * 36e5 * 7).toISOString(),
    });
  }
  return { categories, products };
}
