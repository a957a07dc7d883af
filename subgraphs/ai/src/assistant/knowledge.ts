import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBm25, type Bm25Index } from './bm25';

/** A product as the assistant knows it (from product events). */
export interface ProductFact {
  id: string;
  name: string;
  brand: string;
  description: string;
  categoryName: string;
  priceMinor: number;
  currencyCode: string;
  variants: { id: string; sku: string; name: string; priceMinor: number }[];
  attributes: { name: string; value: string }[];
}

/** An order as the assistant knows it (from order events), always looked up for one customer. */
export interface OrderFact {
  orderId: string;
  number: string;
  customerId: string;
  status: string;
  totalMinor: number;
  currencyCode: string;
  lines: { productId: string; sku: string; quantity: number; unitPriceMinor: number }[];
  createdAt: string | null;
}

/** A section of a policy document: `shipping#shipping-costs`. */
export interface PolicySection {
  id: string;
  document: string;
  title: string;
  text: string;
}

/** Where the policy documents live in the repository. */
export const POLICIES_DIR = fileURLToPath(new URL('../../../../docs/policies', import.meta.url));

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Splits markdown documents into their `##` sections (pure: the files are read by `loadPolicies`). */
export function policySections(documents: { name: string; markdown: string }[]): PolicySection[] {
  const sections: PolicySection[] = [];
  for (const { name, markdown } of documents) {
    for (const part of markdown.split(/^## /m).slice(1)) {
      const [title = '', ...body] = part.split('\n');
      sections.push({ id: `${name}#${slug(title)}`, document: name, title: title.trim(), text: body.join(' ').replace(/\s+/g, ' ').trim() });
    }
  }
  return sections;
}

export function loadPolicies(dir = POLICIES_DIR): PolicySection[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  return policySections(files.sort().map((f) => ({ name: path.basename(f, '.md'), markdown: readFileSync(path.join(dir, f), 'utf8') })));
}

export function productIndex(products: readonly ProductFact[]): Bm25Index {
  return buildBm25(
    products.map((p) => ({
      id: p.id,
      fields: [
        { text: p.name, weight: 3 },
        { text: `${p.brand} ${p.categoryName}`, weight: 2 },
        { text: p.description, weight: 1 },
        { text: [...p.attributes.map((a) => `${a.name} ${a.value}`), ...p.variants.map((v) => v.name)].join(' '), weight: 1 },
      ],
    })),
  );
}

export function policyIndex(sections: readonly PolicySection[]): Bm25Index {
  return buildBm25(
    sections.map((s) => ({
      id: s.id,
      fields: [
        { text: `${s.document} ${s.title}`, weight: 3 },
        { text: s.text, weight: 1 },
      ],
    })),
  );
}
