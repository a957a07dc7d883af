import type { RedisClientType } from '@shop/stores';
import { MAX_LINE_QUANTITY } from '../domain/cart-lines';
import {
  DEFAULT_CART_KEY_PREFIX,
  expiryOf,
  type CartChange,
  type CartRecord,
  type CartStore,
  type CartStoreOptions,
  type CartTarget,
  type NewCart,
} from './cart-store';
import { ADD_LINE, DELETE, MERGE, SET_LINE_QUANTITY } from './redis-cart-scripts';

export interface RedisCartStoreOptions extends CartStoreOptions {
  /** Namespace of every key this store writes; default `shop:cart:`. */
  keyPrefix?: string;
}

/** Lua's cjson writes an empty array as `{}`; everything else comes back as written. */
function normalise(cart: CartRecord): CartRecord {
  return { ...cart, customerId: cart.customerId ?? null, lines: Array.isArray(cart.lines) ? cart.lines : [] };
}

function toChange(reply: unknown): CartChange {
  const parsed = JSON.parse(String(reply)) as { ok: boolean; cart?: CartRecord; error?: string; quantity?: number };
  if (parsed.ok) return { ok: true, cart: normalise(parsed.cart!) };
  if (parsed.error === 'LIMIT_EXCEEDED') return { ok: false, error: 'LIMIT_EXCEEDED', quantity: parsed.quantity ?? 0 };
  return { ok: false, error: parsed.error as 'CART_NOT_FOUND' | 'LINE_NOT_FOUND' };
}

/** Carts in Redis (REDIS_URL set): one JSON document per cart with a TTL refreshed on every write. */
export function createRedisCartStore(client: RedisClientType, options: RedisCartStoreOptions): CartStore {
  const prefix = options.keyPrefix ?? DEFAULT_CART_KEY_PREFIX;
  const idPrefix = `${prefix}id:`;
  const cartKey = (id: string) => idPrefix + id;
  const ownerPrefix = `${prefix}owner:`;
  const ttl = String(options.ttlSeconds);
  const stamps = () => {
    const at = options.now?.() ?? new Date();
    return [at.toISOString(), expiryOf(at, options.ttlSeconds), ttl];
  };
  const newCart = (cart: NewCart) => JSON.stringify({ ...cart, lines: [] });
  const limitArg = (limit: number | null) => (limit === null ? '' : String(limit));
  /** KEYS[n] and the ARGV that say which cart a change applies to. */
  const targetArgs = (target: CartTarget) => {
    const create = target.create ? newCart(target.create) : '';
    if ('customerId' in target) return { key: cartKey(target.create.id), args: [ownerPrefix, idPrefix, target.customerId, create] };
    return { key: cartKey(target.cartId), args: [ownerPrefix, idPrefix, '', create] };
  };

  async function findByIds(ids: readonly string[]): Promise<CartRecord[]> {
    if (!ids.length) return [];
    const docs = await client.mGet(ids.map(cartKey));
    return docs.filter((doc): doc is string => typeof doc === 'string').map((doc) => normalise(JSON.parse(doc) as CartRecord));
  }

  return {
    findByIds,

    async currentOfCustomer(customerId) {
      const id = await client.get(ownerPrefix + customerId);
      return id ? (await findByIds([id]))[0] : undefined;
    },

    async addLine(target, line, limit) {
      const { key, args } = targetArgs(target);
      const lineArgs = [line.id, line.productId, line.variantId, String(line.quantity), limitArg(limit)];
      return toChange(await client.eval(ADD_LINE, { keys: [key], arguments: [...args, ...lineArgs, ...stamps()] }));
    },

    async setLineQuantity(cartId, lineId, quantity, limit) {
      const args = [ownerPrefix, lineId, String(quantity), limitArg(limit), ...stamps()];
      return toChange(await client.eval(SET_LINE_QUANTITY, { keys: [cartKey(cartId)], arguments: args }));
    },

    async merge(sourceId, target, caps) {
      const { key, args } = targetArgs(target);
      const mergeArgs = [JSON.stringify(caps), String(MAX_LINE_QUANTITY)];
      return toChange(await client.eval(MERGE, { keys: [cartKey(sourceId), key], arguments: [...args, ...mergeArgs, ...stamps()] }));
    },

    async delete(cartId) {
      await client.eval(DELETE, { keys: [cartKey(cartId)], arguments: [ownerPrefix] });
    },

    async save(cart, lines) {
      const [, expiresAt] = stamps();
      const doc: CartRecord = { ...cart, expiresAt: expiresAt!, lines: [...lines] };
      const multi = client.multi().set(cartKey(cart.id), JSON.stringify(doc), { EX: options.ttlSeconds });
      if (cart.customerId) multi.set(ownerPrefix + cart.customerId, cart.id, { EX: options.ttlSeconds });
      await multi.exec();
    },
  };
}
