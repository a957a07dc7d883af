import { tokenize } from './text';

export interface IndexedDoc {
  id: string;
  /** Field texts with their weights: a term in a heavier field counts more. */
  fields: { text: string; weight: number }[];
}

export interface Hit {
  id: string;
  score: number;
}

export interface Bm25Index {
  search(query: string, limit: number): Hit[];
  readonly size: number;
}

const K1 = 1.2;
const B = 0.75;

/**
 * Okapi BM25 over weighted fields (term frequencies are summed with the field weights). Small and
 * in memory: the catalogue is hundreds of products and the policies a few dozen sections.
 */
export function buildBm25(docs: readonly IndexedDoc[]): Bm25Index {
  const postings = new Map<string, Map<number, number>>();
  const lengths: number[] = [];
  docs.forEach((doc, i) => {
    let length = 0;
    for (const field of doc.fields) {
      for (const term of tokenize(field.text)) {
        const list = postings.get(term) ?? new Map<number, number>();
        list.set(i, (list.get(i) ?? 0) + field.weight);
        postings.set(term, list);
        length += field.weight;
      }
    }
    lengths.push(length);
  });
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const n = docs.length;

  return {
    size: n,
    search(query, limit) {
      const scores = new Map<number, number>();
      for (const term of new Set(tokenize(query))) {
        const list = postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
        for (const [i, tf] of list) {
          const norm = tf + K1 * (1 - B + (B * lengths[i]!) / (average || 1));
          scores.set(i, (scores.get(i) ?? 0) + (idf * tf * (K1 + 1)) / norm);
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || docs[a[0]]!.id.localeCompare(docs[b[0]]!.id))
        .slice(0, limit)
        .map(([i, score]) => ({ id: docs[i]!.id, score }));
    },
  };
}
