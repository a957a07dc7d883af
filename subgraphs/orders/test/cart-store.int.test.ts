import { randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CartLineRecord, CartStore, NewCart } from '../src/db/cart-store';
import { cartStoreTargets, type CartBackend } from './helpers/cart-targets';

const TTL = 3600;
const newCart = (customerId: string | null = null): NewCart => ({ id: `cart_${randomUUID()}`, customerId, currencyCode: 'USD' });
const line = (variantId: string, quantity: number) => ({ id: `cl_${randomUUID()}`, productId: `prd_${variantId}`, variantId, quantity });
const quantities = (lines: readonly CartLineRecord[]) => lines.map((l) => [l.variantId, l.quantity]);

async function cartWith(store: CartStore, ...lines: [string, number][]) {
  const cart = newCart();
  for (const [variantId, quantity] of lines) {
    const change = await store.addLine({ cartId: cart.id, create: cart }, line(variantId, quantity), null);
    if (!change.ok) throw new Error(`could not set up the cart: ${change.error}`);
  }
  return cart.id;
}

/** The CartStore contract: every implementation must pass it. */
for (const target of cartStoreTargets()) {
  describe.skipIf(target.skip)(`CartStore contract — ${target.name}`, () => {
    let backend: CartBackend;
    let store: CartStore;

    beforeAll(async () => {
      backend = await target.open();
      store = backend.store({ ttlSeconds: TTL });
    });
    afterAll(() => backend?.close());

    it('creates a cart on the first add and finds carts with their lines in line order', async () => {
      const cart = newCart();
      const first = await store.addLine({ cartId: cart.id, create: cart }, line('var_a', 2), null);
      expect(first).toMatchObject({
        ok: true,
        cart: { id: cart.id, customerId: null, currencyCode: 'USD', lines: [{ variantId: 'var_a', quantity: 2, lineNo: 1 }] },
      });
      await store.addLine({ cartId: cart.id }, line('var_b', 1), null);
      const other = await cartWith(store, ['var_c', 3]);
      const found = await store.findByIds([cart.id, other, 'cart_missing']);
      expect(found.map((c) => c.id).sort()).toEqual([cart.id, other].sort());
      const mine = found.find((c) => c.id === cart.id)!;
      expect(quantities(mine.lines)).toEqual([
        ['var_a', 2],
        ['var_b', 1],
      ]);
      expect(mine.lines.map((l) => l.lineNo)).toEqual([1, 2]);
      expect(await store.findByIds([])).toEqual([]);
    });

    it('refuses to add to a cart that does not exist unless asked to create it', async () => {
      expect(await store.addLine({ cartId: 'cart_nowhere' }, line('var_a', 1), null)).toEqual({ ok: false, error: 'CART_NOT_FOUND' });
      expect(await store.findByIds(['cart_nowhere'])).toEqual([]);
    });

    it('adds to the existing line of a variant, keeping its id', async () => {
      const id = await cartWith(store, ['var_a', 1]);
      const [before] = await store.findByIds([id]);
      const change = await store.addLine({ cartId: id }, line('var_a', 4), null);
      expect(change.ok && change.cart.lines).toEqual([{ ...before!.lines[0], quantity: 5 }]);
    });

    it('refuses a line over its limit, says what it holds and changes nothing', async () => {
      const id = await cartWith(store, ['var_a', 3]);
      expect(await store.addLine({ cartId: id }, line('var_a', 3), 5)).toEqual({ ok: false, error: 'LIMIT_EXCEEDED', quantity: 3 });
      expect(await store.addLine({ cartId: id }, line('var_new', 6), 5)).toEqual({ ok: false, error: 'LIMIT_EXCEEDED', quantity: 0 });
      expect(quantities((await store.findByIds([id]))[0]!.lines)).toEqual([['var_a', 3]]);
      const fresh = newCart();
      expect(await store.addLine({ cartId: fresh.id, create: fresh }, line('var_a', 2), 1)).toMatchObject({ ok: false, error: 'LIMIT_EXCEEDED' });
      expect(await store.findByIds([fresh.id])).toEqual([]);
      expect(await store.addLine({ cartId: id }, line('var_a', 2), 5)).toMatchObject({ ok: true });
    });

    it('loses no units to 20 concurrent adds, and never overshoots a limit', async () => {
      const id = await cartWith(store, ['var_b', 1]);
      await Promise.all(Array.from({ length: 20 }, () => store.addLine({ cartId: id }, line('var_a', 1), null)));
      const limited = await Promise.all(Array.from({ length: 20 }, () => store.addLine({ cartId: id }, line('var_b', 1), 10)));
      expect(limited.filter((c) => c.ok)).toHaveLength(9);
      const [cart] = await store.findByIds([id]);
      expect(quantities(cart!.lines)).toEqual([
        ['var_b', 10],
        ['var_a', 20],
      ]);
    });

    it("gives a customer's concurrent first adds one cart, and names it their current cart", async () => {
      const customerId = `usr_${randomUUID()}`;
      const changes = await Promise.all(Array.from({ length: 10 }, () => store.addLine({ customerId, create: newCart(customerId) }, line('var_a', 1), null)));
      expect(new Set(changes.map((c) => c.ok && c.cart.id)).size).toBe(1);
      const current = await store.currentOfCustomer(customerId);
      expect(current).toMatchObject({ customerId, lines: [{ variantId: 'var_a', quantity: 10 }] });
      expect(await store.currentOfCustomer(`usr_${randomUUID()}`)).toBeUndefined();
    });

    it('sets and removes lines by id', async () => {
      const id = await cartWith(store, ['var_a', 1], ['var_b', 2]);
      const [cart] = await store.findByIds([id]);
      const [a, b] = cart!.lines;
      expect(await store.setLineQuantity(id, a!.id, 7, 10)).toMatchObject({ ok: true, cart: { lines: [{ id: a!.id, quantity: 7 }, { id: b!.id }] } });
      expect(await store.setLineQuantity(id, a!.id, 11, 10)).toEqual({ ok: false, error: 'LIMIT_EXCEEDED', quantity: 7 });
      expect(await store.setLineQuantity(id, 'cl_missing', 1, null)).toEqual({ ok: false, error: 'LINE_NOT_FOUND' });
      expect(await store.setLineQuantity('cart_missing', a!.id, 1, null)).toEqual({ ok: false, error: 'CART_NOT_FOUND' });
      const removed = await store.setLineQuantity(id, a!.id, 0, null);
      expect(removed.ok && quantities(removed.cart.lines)).toEqual([['var_b', 2]]);
    });

    it('merges an anonymous cart into a customer cart: quantities add up, capped, and the source is gone', async () => {
      const customerId = `usr_${randomUUID()}`;
      const target = newCart(customerId);
      await store.addLine({ customerId, create: target }, line('var_a', 2), null);
      await store.addLine({ customerId, create: target }, line('var_b', 5), null);
      const source = await cartWith(store, ['var_a', 3], ['var_b', 4], ['var_c', 6], ['var_d', 1]);
      const [sourceCart] = await store.findByIds([source]);
      const merged = await store.merge(source, { customerId, create: newCart(customerId) }, { var_b: 3, var_c: 4, var_d: 0 });
      expect(merged.ok && merged.cart.id).toBe(target.id);
      // var_a: 2 + 3 (no cap); var_b: already 5, above its cap of 3, stays 5; var_c: capped at 4; var_d: nothing available.
      expect(merged.ok && quantities(merged.cart.lines)).toEqual([
        ['var_a', 5],
        ['var_b', 5],
        ['var_c', 4],
      ]);
      expect(merged.ok && merged.cart.lines[2]!.id).toBe(sourceCart!.lines[2]!.id);
      expect(await store.findByIds([source])).toEqual([]);
      expect(await store.merge(source, { customerId, create: newCart(customerId) }, {})).toEqual({ ok: false, error: 'CART_NOT_FOUND' });
    });

    it('creates the customer cart a merge needs', async () => {
      const customerId = `usr_${randomUUID()}`;
      const source = await cartWith(store, ['var_a', 2]);
      const created = newCart(customerId);
      const merged = await store.merge(source, { customerId, create: created }, {});
      expect(merged).toMatchObject({ ok: true, cart: { id: created.id, customerId, lines: [{ variantId: 'var_a', quantity: 2 }] } });
      expect((await store.currentOfCustomer(customerId))?.id).toBe(created.id);
    });

    it('deletes carts, and a deleted current cart is no longer current', async () => {
      const customerId = `usr_${randomUUID()}`;
      const change = await store.addLine({ customerId, create: newCart(customerId) }, line('var_a', 1), null);
      const id = change.ok ? change.cart.id : '';
      await store.delete(id);
      await store.delete('cart_missing');
      expect(await store.findByIds([id])).toEqual([]);
      expect(await store.currentOfCustomer(customerId)).toBeUndefined();
    });

    it('saves a cart with exactly the given lines (seeding)', async () => {
      const cart = { ...newCart('usr_seeded'), updatedAt: '2026-01-01T10:00:00.000Z' };
      const lines = [1, 2].map((n) => ({ id: `${cart.id}_${n}`, lineNo: n, productId: `prd_${n}`, variantId: `var_${n}`, quantity: n }));
      await store.save(cart, lines);
      await store.save(cart, lines.slice(1));
      const [saved] = await store.findByIds([cart.id]);
      expect(saved).toMatchObject({ id: cart.id, customerId: 'usr_seeded', updatedAt: '2026-01-01T10:00:00.000Z', lines: [lines[1]] });
      expect((await store.currentOfCustomer('usr_seeded'))?.id).toBe(cart.id);
    });

    it('expires a cart left alone for its TTL, and every write pushes the expiry back', async () => {
      let now = new Date('2030-01-01T00:00:00.000Z');
      const clocked = backend.store({ ttlSeconds: TTL, now: () => now });
      const id = newCart();
      const created = await clocked.addLine({ cartId: id.id, create: id }, line('var_a', 1), null);
      expect(created.ok && created.cart).toMatchObject({ updatedAt: '2030-01-01T00:00:00.000Z', expiresAt: '2030-01-01T01:00:00.000Z' });
      now = new Date('2030-01-01T00:30:00.000Z');
      const touched = await clocked.addLine({ cartId: id.id }, line('var_a', 1), null);
      expect(touched.ok && touched.cart.expiresAt).toBe('2030-01-01T01:30:00.000Z');

      const shortLived = backend.store({ ttlSeconds: 1 });
      const brief = await cartWith(shortLived, ['var_a', 1]);
      expect(await shortLived.findByIds([brief])).toHaveLength(1);
      await waitFor(async () => (await shortLived.findByIds([brief])).length === 0, { timeoutMs: 5000, message: 'the cart to expire' });
      expect(await shortLived.addLine({ cartId: brief }, line('var_a', 1), null)).toEqual({ ok: false, error: 'CART_NOT_FOUND' });
    });
  });
}
