import { color, detail, kind, option, type Department } from './kinds';

/** Outdoors, Apparel and Sports & Fitness. */
export const ACTIVE_DEPARTMENTS: Department[] = [
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
