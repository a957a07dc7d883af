/**
 * How two products are scored against each other.
 *
 * Raw co-occurrence ("bought together in N orders") favours whatever sells most: a best seller
 * shows up next to everything. We rank by the cosine similarity of the two products' order sets
 * instead, together / sqrt(orders(a) * orders(b)), which is 1 when two products are only ever
 * bought together and shrinks as either one is also bought without the other. Ties (common with
 * small counts) go to the larger raw count, then to the product id so answers are stable.
 *
 * The store computes the same formula in SQL (so it can rank and cut per product in one query);
 * this is the reference its contract suite is checked against.
 */
export function cosineScore(together: number, ordersA: number, ordersB: number): number {
  if (together <= 0 || ordersA <= 0 || ordersB <= 0) return 0;
  return together / Math.sqrt(ordersA * ordersB);
}

export interface Scored {
  productId: string;
  score: number;
  together: number;
}

/** The ranking order shared by the SQL and the reference: score, then raw count, then id. */
export function compareScored(a: Scored, b: Scored): number {
  return b.score - a.score || b.together - a.together || (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0);
}

/**
 * A user's score for a candidate: the sum of its similarity to each product they bought, so a
 * product related to several of their purchases ranks above one related to a single purchase.
 */
export function sumScores(contributions: readonly Scored[]): Scored[] {
  const totals = new Map<string, Scored>();
  for (const c of contributions) {
    const t = totals.get(c.productId);
    if (t) {
      t.score += c.score;
      t.together += c.together;
    } else totals.set(c.productId, { ...c });
  }
  return [...totals.values()].sort(compareScored);
}
