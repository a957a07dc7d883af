/**
 * What the orders subgraph needs from its cart store. Carts hold variant ids and quantities only
 * (prices are read from the catalogue read model when a cart is shown or checked out). Two
 * implementations pass the same contract suite: Redis (REDIS_URL) and Postgres (the default).
 */

export interface CartLineRecord {
  id: string;
  /** Position of the line in its cart, in the order lines were added. */
  lineNo: number;
  productId: string;
  variantId: string;
  quantity: number;
}

export interface CartRecord {
  id: string;
  /** Null for an anonymous (guest) cart: whoever holds the id may use it. */
  customerId: string | null;
  currencyCode: string;
  /** ISO 8601 instants. */
  updatedAt: string;
  expiresAt: string;
  lines: CartLineRecord[];
}

/** What a cart starts as when a change creates it. */
export interface NewCart {
  id: string;
  customerId: string | null;
  currencyCode: string;
}

export type CartChange =
  | { ok: true; cart: CartRecord }
  | { ok: false; error: 'CART_NOT_FOUND' | 'LINE_NOT_FOUND' }
  /** The line would exceed its limit; `quantity` is what it holds now (0 when it does not exist). */
  | { ok: false; error: 'LIMIT_EXCEEDED'; quantity: number };

/**
 * Which cart a change applies to: a cart by id (created from `create` when missing; without
 * `create` a missing cart is CART_NOT_FOUND), or a customer's current cart, created from `create`
 * when they have none. The second form is atomic, so concurrent first adds share one cart.
 */
export type CartTarget = { cartId: string; create?: NewCart } | { customerId: string; create: NewCart };

export interface CartStore {
  /** Carts that exist and have not expired, with their lines in line order; one round trip. */
  findByIds(ids: readonly string[]): Promise<CartRecord[]>;
  /** The customer's current cart (the one most recently created or written). */
  currentOfCustomer(customerId: string): Promise<CartRecord | undefined>;
  /**
   * Adds `quantity` units of a variant atomically: to its line if the cart has one, as a new line
   * (with `line.id`) otherwise. Refuses when the line would then hold more than `limit` (null: no
   * limit), leaving the cart as it was.
   */
  addLine(target: CartTarget, line: { id: string; productId: string; variantId: string; quantity: number }, limit: number | null): Promise<CartChange>;
  /** Sets a line's quantity (0 removes it), refusing more than `limit`. */
  setLineQuantity(cartId: string, lineId: string, quantity: number, limit: number | null): Promise<CartChange>;
  /**
   * Moves every line of `sourceId` into the target cart, quantities added up and capped per
   * variant by `caps` (missing: no cap) as mergedQuantity() says, then deletes the source; all or
   * nothing. CART_NOT_FOUND when the source does not exist.
   */
  merge(sourceId: string, target: CartTarget, caps: Readonly<Record<string, number>>): Promise<CartChange>;
  delete(cartId: string): Promise<void>;
  /** Creates or replaces a cart with exactly these lines (seeding). */
  save(cart: NewCart & { updatedAt: string }, lines: readonly CartLineRecord[]): Promise<void>;
}

export interface CartStoreOptions {
  /** A cart not written for this long is gone. */
  ttlSeconds: number;
  /** Clock for updatedAt/expiresAt (tests). */
  now?: () => Date;
}

export const DEFAULT_CART_TTL_SECONDS = 14 * 24 * 60 * 60;
export const DEFAULT_CART_KEY_PREFIX = 'shop:cart:';

export const expiryOf = (now: Date, ttlSeconds: number) => new Date(now.getTime() + ttlSeconds * 1000).toISOString();
