import { color, detail, kind, option, warranty, type Department } from './kinds';

/** Electronics and Home & Kitchen. */
export const HOME_DEPARTMENTS: Department[] = [
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
];
