import type { CatalogItem } from './sales';

export interface ContentNeighbour {
  productId: string;
  similarity: number;
  /** What the two share, for the reason shown to shoppers ("same category, brand Voltix"). */
  shared: string;
}

export interface ContentIndex {
  neighbours(productId: string): ContentNeighbour[];
}

const NEIGHBOURS = 30;
const STOP = new Set(['the', 'and', 'your', 'choose', 'material', 'with', 'for', 'of']);

/** Weighted features of a product: category (and ancestors), brand, attributes, words of its text. */
function features(item: CatalogItem): Map<string, number> {
  const f = new Map<string, number>();
  item.categoryIds.forEach((c, i) => f.set(`cat:${c}`, i === 0 ? 3 : 1));
  f.set(`brand:${item.brand.toLowerCase()}`, 1.5);
  for (const a of item.attributes) f.set(`attr:${a.name}=${a.value}`.toLowerCase(), 1);
  for (const word of `${item.name} ${item.description}`.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word.length > 2 && !STOP.has(word)) f.set(`w:${word}`, (f.get(`w:${word}`) ?? 0) + 0.5);
  }
  return f;
}

/**
 * Content similarity: cosine of tf-idf weighted feature vectors, with each product's nearest 30
 * kept. Built once per catalogue version (520 products: well under a second).
 */
export function contentIndex(catalog: readonly CatalogItem[]): ContentIndex {
  const raw = catalog.map((item) => ({ id: item.id, item, f: features(item) }));
  const df = new Map<string, number>();
  for (const r of raw) for (const k of r.f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vectors = raw.map((r) => {
    const v = new Map<string, number>();
    for (const [k, w] of r.f) v.set(k, w * Math.log(1 + raw.length / df.get(k)!));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return { id: r.id, item: r.item, v };
  });
  const byFeature = new Map<string, number[]>();
  vectors.forEach((vec, i) => {
    for (const k of vec.v.keys()) (byFeature.get(k) ?? byFeature.set(k, []).get(k)!).push(i);
  });
  const cache = new Map<string, ContentNeighbour[]>();
  const indexOf = new Map(vectors.map((v, i) => [v.id, i]));

  function compute(i: number): ContentNeighbour[] {
    const dot = new Map<number, number>();
    for (const [k, w] of vectors[i]!.v) for (const j of byFeature.get(k)!) if (j !== i) dot.set(j, (dot.get(j) ?? 0) + w * vectors[j]!.v.get(k)!);
    const a = vectors[i]!.item;
    return [...dot]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, NEIGHBOURS)
      .map(([j, similarity]) => {
        const b = vectors[j]!.item;
        const shared = [a.categoryIds[0] === b.categoryIds[0] ? 'same category' : '', a.brand === b.brand ? `brand ${b.brand}` : ''].filter(Boolean);
        return { productId: b.id, similarity, shared: shared.join(', ') || 'related product' };
      });
  }

  return {
    neighbours(productId) {
      const i = indexOf.get(productId);
      if (i === undefined) return [];
      return cache.get(productId) ?? cache.set(productId, compute(i)).get(productId)!;
    },
  };
}
