/**
 * What the demo catalogue is made of: departments (root categories) with their brands and name
 * adjectives, leaf categories, and the kinds of product each leaf sells. Every attribute a demo
 * product or variant carries is drawn from its own kind's sets, so headphones never come in wool
 * and sleeping bags never in oak.
 */

/** The variant axis of a kind: one variant per value (a prefix of the list), priced `stepMinor` apart. */
export interface OptionSet {
  name: string;
  values: readonly string[];
  stepMinor: number;
}

/** A product attribute and the values it may take for a kind. */
export interface AttributeSet {
  name: string;
  values: readonly string[];
}

export interface ProductKind {
  noun: string;
  option: OptionSet;
  material: readonly string[];
  /** A second attribute that describes this kind (warranty, fit, volume, ...). */
  detail: AttributeSet;
}

export interface Leaf {
  name: string;
  priceRange: [number, number];
  /** Every kind of a leaf has the same number of option values (the demo stock depends on it). */
  kinds: ProductKind[];
}

export interface Department {
  name: string;
  brands: readonly string[];
  /** Name adjectives that suit everything the department sells ('Classic' first: see the schema's example slug). */
  adjectives: readonly string[];
  children: Leaf[];
}

const option = (name: string, values: readonly string[], stepMinor = 0): OptionSet => ({ name, values, stepMinor });
const detail = (name: string, values: readonly string[]): AttributeSet => ({ name, values });
const kind = (noun: string, opt: OptionSet, material: readonly string[], d: AttributeSet): ProductKind => ({ noun, option: opt, material, detail: d });

const warranty = detail('Warranty', ['1 year', '2 years', '3 years']);
const color = (...values: string[]) => option('Color', values);

export const DEPARTMENTS: Department[] = [
  {
    name: 'Electronics',
    // Order matters: the first product draws the last brand, and must be Voltix (the schema's example slug).
    brands: ['Kestrel Audio', 'Northwave', 'Aurion', 'Voltix'],
    adjectives: ['Classic', 'Pro', 'Studio', 'Compact', 'Premium', 'Essential', 'Signature', 'Modern', 'Everyday', 'Nomad', 'Elite', 'Core'],
    children: [
      {
        name: 'Headphones',
        priceRange: [2900, 34900],
        kinds: [
          kind('Headphones', color('Black', 'White', 'Navy'), ['Aluminium and protein leather', 'Recycled plastic', 'Stainless steel and fabric'], warranty),
          kind('Earbuds', color('Black', 'White', 'Navy'), ['Recycled plastic', 'Polycarbonate', 'Aluminium'], warranty),
          kind('Headset', color('Black', 'White', 'Navy'), ['Recycled plastic', 'Aluminium and memory foam', 'Polycarbonate'], warranty),
        ],
      },
      {
        name: 'Speakers',
        priceRange: [3900, 49900],
        kinds: [
          kind('Speaker', color('Charcoal', 'Sand'), ['Aluminium', 'Acoustic fabric', 'Walnut veneer'], warranty),
          kind('Soundbar', color('Charcoal', 'Sand'), ['Aluminium', 'Acoustic fabric'], warranty),
          kind('Subwoofer', color('Charcoal', 'Sand'), ['Wood fibreboard and acoustic fabric', 'Walnut veneer'], warranty),
        ],
      },
      {
        name: 'Accessories',
        priceRange: [900, 7900],
        kinds: [
          kind('Charger', option('Power', ['30 W', '65 W'], 1000), ['Polycarbonate', 'Recycled plastic'], warranty),
          kind('Cable', option('Length', ['1 m', '2 m'], 300), ['Braided nylon', 'Silicone'], detail('Connector', ['USB-C to USB-C', 'USB-C to Lightning'])),
          kind('Power Bank', option('Capacity', ['10,000 mAh', '20,000 mAh'], 1500), ['Aluminium', 'Recycled plastic'], warranty),
          kind('Stand', color('Silver', 'Space Grey'), ['Aluminium', 'Steel'], detail('Fits', ['Phones and tablets', 'Laptops up to 16 in'])),
        ],
      },
    ],
  },
  {
    name: 'Home & Kitchen',
    brands: ['Hearthly', 'Copperleaf', 'Oakmere'],
    adjectives: ['Classic', 'Everyday', 'Heritage', 'Essential', 'Signature', 'Modern', 'Artisan', 'Pro', 'Farmhouse', 'Premium', 'Studio', 'Nordic'],
    children: [
      {
        name: 'Cookware',
        priceRange: [2400, 22900],
        kinds: [
          kind(
            'Skillet',
            option('Size', ['20 cm', '24 cm', '28 cm'], 500),
            ['Cast iron', 'Stainless steel', 'Carbon steel', 'Hard-anodised aluminium'],
            detail('Oven safe to', ['200 °C', '230 °C', '260 °C']),
          ),
          kind(
            'Saucepan',
            option('Size', ['16 cm', '18 cm', '20 cm'], 500),
            ['Stainless steel', 'Copper', 'Hard-anodised aluminium'],
            detail('Oven safe to', ['200 °C', '230 °C', '260 °C']),
          ),
          kind(
            'Dutch Oven',
            option('Capacity', ['3.5 L', '5 L', '6.5 L'], 800),
            ['Enamelled cast iron', 'Cast iron'],
            detail('Oven safe to', ['230 °C', '260 °C']),
          ),
          kind(
            'Wok',
            option('Size', ['28 cm', '32 cm', '36 cm'], 500),
            ['Carbon steel', 'Cast iron', 'Stainless steel'],
            detail('Oven safe to', ['200 °C', '230 °C']),
          ),
        ],
      },
      {
        name: 'Coffee & Tea',
        priceRange: [1900, 18900],
        kinds: [
          kind('Pour-Over Kettle', option('Finish', ['Brushed steel', 'Matte black']), ['Stainless steel'], detail('Capacity', ['0.6 L', '0.9 L', '1.2 L'])),
          kind(
            'French Press',
            option('Finish', ['Brushed steel', 'Matte black']),
            ['Borosilicate glass and stainless steel', 'Stainless steel'],
            detail('Capacity', ['0.35 L', '0.8 L', '1 L']),
          ),
          kind('Grinder', option('Finish', ['Brushed steel', 'Matte black']), ['Stainless steel and aluminium'], detail('Burrs', ['Conical steel', 'Ceramic'])),
          kind(
            'Tea Set',
            option('Glaze', ['Celadon', 'Matte white']),
            ['Porcelain', 'Stoneware', 'Cast iron'],
            detail('Pieces', ['3 pieces', '5 pieces', '7 pieces']),
          ),
        ],
      },
      {
        name: 'Bedding',
        priceRange: [2900, 15900],
        kinds: [
          kind(
            'Duvet Cover',
            option('Size', ['Twin', 'Queen', 'King'], 500),
            ['Organic cotton percale', 'Linen', 'Cotton sateen'],
            detail('Care', ['Machine wash warm', 'Machine wash cold']),
          ),
          kind(
            'Pillow',
            option('Size', ['Standard', 'Queen', 'King'], 500),
            ['Down alternative', 'Memory foam', 'Goose down'],
            detail('Firmness', ['Soft', 'Medium', 'Firm']),
          ),
          kind(
            'Throw Blanket',
            option('Size', ['130 × 170 cm', '150 × 200 cm', '180 × 220 cm'], 500),
            ['Wool blend', 'Merino wool', 'Cotton waffle knit'],
            detail('Care', ['Machine wash cold', 'Dry clean only']),
          ),
          kind(
            'Sheet Set',
            option('Size', ['Twin', 'Queen', 'King'], 500),
            ['Organic cotton percale', 'Linen', 'Bamboo lyocell', 'Cotton sateen'],
            detail('Care', ['Machine wash warm', 'Machine wash cold']),
          ),
        ],
      },
    ],
  },
  {
    name: 'Outdoors',
    brands: ['Ridgeline', 'Trailcraft', 'Summit & Co'],
    adjectives: ['Classic', 'Ultralight', 'Alpine', 'Trail', 'Basecamp', 'Expedition', 'Explorer', 'Nomad', 'Backcountry', 'Everyday', 'Pathfinder', 'Pro'],
    children: [
      {
        name: 'Camping',
        priceRange: [2900, 39900],
        kinds: [
          kind(
            'Tent',
            option('Capacity', ['1-person', '2-person', '4-person'], 500),
            ['Ripstop nylon', 'Ripstop polyester'],
            detail('Seasons', ['3-season', '4-season']),
          ),
          kind(
            'Sleeping Bag',
            option('Temperature rating', ['5 °C', '0 °C', '-5 °C'], 500),
            ['Ripstop nylon with down fill', 'Polyester with synthetic fill'],
            detail('Shape', ['Mummy', 'Rectangular']),
          ),
          kind(
            'Camp Stove',
            option('Burners', ['1 burner', '2 burners', '3 burners'], 500),
            ['Stainless steel', 'Aluminium'],
            detail('Fuel', ['Butane canister', 'Propane', 'Multi-fuel']),
          ),
          kind(
            'Lantern',
            option('Brightness', ['200 lm', '400 lm', '800 lm'], 500),
            ['Aluminium', 'Recycled plastic'],
            detail('Power', ['Rechargeable battery', 'AA batteries', 'Solar and USB']),
          ),
        ],
      },
      {
        name: 'Hiking',
        priceRange: [1900, 17900],
        kinds: [
          kind('Daypack', color('Olive', 'Slate', 'Rust'), ['Recycled ripstop nylon', 'Ballistic nylon'], detail('Volume', ['18 L', '24 L', '30 L'])),
          kind('Trekking Poles', color('Olive', 'Slate', 'Rust'), ['Aluminium', 'Carbon fibre'], detail('Locking', ['Flick lock', 'Twist lock'])),
          kind('Water Filter', color('Olive', 'Slate', 'Rust'), ['BPA-free plastic', 'Stainless steel'], detail('Filter life', ['1,000 L', '4,000 L'])),
          kind('Headlamp', color('Olive', 'Slate', 'Rust'), ['Recycled plastic', 'Aluminium'], detail('Brightness', ['300 lm', '450 lm', '600 lm'])),
        ],
      },
    ],
  },
  {
    name: 'Apparel',
    brands: ['Loomwell', 'Fieldnote', 'Pale Harbor'],
    adjectives: ['Classic', 'Everyday', 'Heritage', 'Essential', 'Signature', 'Modern', 'Weekend', 'Utility', 'Coastal', 'Original', 'Studio', 'Workwear'],
    children: [
      {
        name: 'Tops',
        priceRange: [1900, 11900],
        kinds: [
          kind(
            'T-Shirt',
            option('Size', ['S', 'M', 'L', 'XL']),
            ['Organic cotton', 'Cotton jersey', 'Merino wool'],
            detail('Fit', ['Regular', 'Relaxed', 'Slim']),
          ),
          kind(
            'Sweater',
            option('Size', ['S', 'M', 'L', 'XL']),
            ['Merino wool', 'Wool blend', 'Cotton', 'Cashmere blend'],
            detail('Fit', ['Regular', 'Relaxed']),
          ),
          kind(
            'Hoodie',
            option('Size', ['S', 'M', 'L', 'XL']),
            ['Organic cotton fleece', 'Recycled polyester fleece', 'French terry cotton'],
            detail('Fit', ['Regular', 'Relaxed']),
          ),
          kind(
            'Flannel Shirt',
            option('Size', ['S', 'M', 'L', 'XL']),
            ['Brushed cotton flannel', 'Organic cotton flannel'],
            detail('Fit', ['Regular', 'Slim']),
          ),
        ],
      },
      {
        name: 'Footwear',
        priceRange: [4900, 21900],
        kinds: [
          kind(
            'Sneakers',
            option('Size', ['US 8', 'US 9', 'US 10', 'US 11']),
            ['Leather', 'Recycled knit', 'Suede', 'Canvas'],
            detail('Sole', ['Rubber', 'Natural crepe']),
          ),
          kind(
            'Boots',
            option('Size', ['US 8', 'US 9', 'US 10', 'US 11']),
            ['Full-grain leather', 'Suede', 'Waxed leather'],
            detail('Sole', ['Rubber lug', 'Leather']),
          ),
          kind(
            'Sandals',
            option('Size', ['US 8', 'US 9', 'US 10', 'US 11']),
            ['Leather', 'Recycled webbing', 'Cork and leather'],
            detail('Sole', ['Rubber', 'EVA foam']),
          ),
          kind('Loafers', option('Size', ['US 8', 'US 9', 'US 10', 'US 11']), ['Leather', 'Suede'], detail('Sole', ['Leather', 'Rubber'])),
        ],
      },
      {
        name: 'Bags',
        priceRange: [2900, 19900],
        kinds: [
          kind('Tote', color('Black', 'Tan', 'Forest'), ['Waxed canvas', 'Leather', 'Recycled nylon'], detail('Volume', ['12 L', '18 L', '22 L'])),
          kind('Backpack', color('Black', 'Tan', 'Forest'), ['Recycled nylon', 'Waxed canvas', 'Ballistic nylon'], detail('Volume', ['20 L', '26 L', '30 L'])),
          kind('Duffel', color('Black', 'Tan', 'Forest'), ['Waxed canvas', 'Recycled polyester', 'Leather'], detail('Volume', ['35 L', '45 L', '60 L'])),
          kind('Crossbody Bag', color('Black', 'Tan', 'Forest'), ['Leather', 'Recycled nylon', 'Vegan leather'], detail('Volume', ['2 L', '3 L', '4 L'])),
        ],
      },
    ],
  },
  {
    name: 'Sports & Fitness',
    brands: ['Pulseform', 'Ironbark', 'Tempo Athletics'],
    adjectives: ['Classic', 'Pro', 'Core', 'Studio', 'Elite', 'Essential', 'Performance', 'Everyday', 'Training', 'Premium', 'Active', 'Competition'],
    children: [
      {
        name: 'Yoga',
        priceRange: [1200, 9900],
        kinds: [
          kind(
            'Yoga Mat',
            color('Plum', 'Sage', 'Graphite'),
            ['Natural rubber', 'Cork and rubber', 'Recycled foam'],
            detail('Thickness', ['4 mm', '5 mm', '6 mm']),
          ),
          kind(
            'Yoga Block',
            color('Plum', 'Sage', 'Graphite'),
            ['Cork', 'Recycled foam', 'Bamboo'],
            detail('Dimensions', ['23 × 15 × 7.5 cm', '23 × 15 × 10 cm']),
          ),
          kind('Strap', color('Plum', 'Sage', 'Graphite'), ['Cotton webbing', 'Hemp webbing'], detail('Length', ['1.8 m', '2.4 m', '3 m'])),
          kind(
            'Bolster',
            color('Plum', 'Sage', 'Graphite'),
            ['Organic cotton with buckwheat fill', 'Cotton with polyester fill'],
            detail('Shape', ['Round', 'Rectangular']),
          ),
        ],
      },
      {
        name: 'Strength',
        priceRange: [1900, 29900],
        kinds: [
          kind('Kettlebell', option('Weight', ['8 kg', '12 kg', '16 kg'], 500), ['Cast iron', 'Steel'], detail('Coating', ['Powder coat', 'Vinyl', 'Enamel'])),
          kind(
            'Dumbbell Set',
            option('Weight', ['2 × 5 kg', '2 × 10 kg', '2 × 15 kg'], 1000),
            ['Cast iron', 'Rubber-coated steel', 'Neoprene-coated iron'],
            detail('Handle', ['Knurled steel', 'Chrome', 'Contoured rubber']),
          ),
          kind('Resistance Bands', option('Resistance', ['Light', 'Medium', 'Heavy'], 200), ['Natural latex', 'Fabric'], detail('Length', ['1.2 m', '2 m'])),
          kind('Pull-Up Bar', option('Mount', ['Doorway', 'Wall', 'Ceiling'], 500), ['Steel', 'Powder-coated steel'], detail('Max load', ['100 kg', '150 kg'])),
        ],
      },
    ],
  },
];
