import { InMemoryEventBus } from '@shop/stores';
import { admin, anonymous, customer } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockChanged } from './helpers/events';
import { ADD, CART_FIELDS, MERGE, REMOVE, startTestOrders, testCatalog, UPDATE, type Caller, type TestOrders } from './helpers/subgraph';

const { products, events } = testCatalog(3, 5);
const [p1, p2, p3] = products as [(typeof products)[0], (typeof products)[0], (typeof products)[0]];
const v1 = p1.variants[0]!;
const v2 = p2.variants[0]!;
const v3 = p3.variants[0]!;
const money = (minor: number) => (minor / 100).toFixed(2);
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);

describe('cart mutations', () => {
  let orders: TestOrders;
  const bus = new InMemoryEventBus();

  beforeAll(async () => {
    orders = await startTestOrders({ bus, catalog: events });
  });
  afterAll(() => orders?.close());

  const add = async (variables: Record<string, unknown>, as: Caller = anonymous) => (await orders.call(ADD, variables, as)).data!.addCartLine;

  it('creates an anonymous cart priced from the catalogue, never from the client', async () => {
    const result = await add({ variantId: v1.id, quantity: 2 });
    expect(result.userErrors).toEqual([]);
    expect(result.cart).toMatchObject({
      id: expect.stringMatching(/^cart_/),
      currencyCode: 'USD',
      totalQuantity: 2,
      subtotal: { amount: money(2 * v1.priceMinor), currencyCode: 'USD' },
      lines: [
        {
          quantity: 2,
          available: 5,
          unitPrice: { amount: money(v1.priceMinor) },
          total: { amount: money(2 * v1.priceMinor) },
          variant: { id: v1.id },
          product: { id: p1.id },
        },
      ],
    });
    const again = await add({ cartId: result.cart.id, variantId: v1.id, quantity: 1 });
    expect(again.cart.lines).toMatchObject([{ id: result.cart.lines[0].id, quantity: 3 }]);
  });

  it('reports unknown variants, bad quantities and too many units as userErrors', async () => {
    const { cart } = await add({ variantId: v2.id, quantity: 4 });
    const tooMany = await add({ cartId: cart.id, variantId: v2.id, quantity: 2 });
    expect(codes(tooMany)).toEqual(['INSUFFICIENT_STOCK']);
    expect(tooMany.userErrors[0].message).toContain('Only 5 ');
    expect(codes(await add({ cartId: cart.id, variantId: 'var_missing', quantity: 1 }))).toEqual(['VARIANT_NOT_FOUND']);
    expect(codes(await add({ cartId: cart.id, variantId: v2.id, quantity: 0 }))).toEqual(['INVALID_QUANTITY']);
    expect(codes(await add({ cartId: 'cart_missing', variantId: v2.id, quantity: 1 }))).toEqual(['CART_NOT_FOUND']);
    expect(codes(await add({ variantId: v3.id, quantity: 6 }))).toEqual(['INSUFFICIENT_STOCK']);
  });

  it('follows availability as inventory announces it', async () => {
    const { cart } = await add({ variantId: v3.id, quantity: 1 });
    await bus.publish([stockChanged(p3.id, [{ variantId: v3.id, available: 1 }])]);
    await bus.idle();
    expect(codes(await add({ cartId: cart.id, variantId: v3.id, quantity: 1 }))).toEqual(['INSUFFICIENT_STOCK']);
    await bus.publish([stockChanged(p3.id, [{ variantId: v3.id, available: 5 }])]);
    await bus.idle();
    expect((await add({ cartId: cart.id, variantId: v3.id, quantity: 1 })).cart.lines[0]).toMatchObject({ quantity: 2, available: 5 });
  });

  it('updates and removes lines; 0 removes', async () => {
    const { cart } = await add({ variantId: v1.id, quantity: 1 });
    const withTwo = (await add({ cartId: cart.id, variantId: v2.id, quantity: 1 })).cart;
    const [l1, l2] = withTwo.lines;
    const update = async (variables: Record<string, unknown>) => (await orders.call(UPDATE, variables, anonymous)).data!.updateCartLine;
    expect((await update({ cartId: cart.id, lineId: l1.id, quantity: 4 })).cart.totalQuantity).toBe(5);
    expect(codes(await update({ cartId: cart.id, lineId: l1.id, quantity: 6 }))).toEqual(['INSUFFICIENT_STOCK']);
    expect(codes(await update({ cartId: cart.id, lineId: 'cl_missing', quantity: 1 }))).toEqual(['LINE_NOT_FOUND']);
    expect((await update({ cartId: cart.id, lineId: l1.id, quantity: 0 })).cart.lines.map((l: { id: string }) => l.id)).toEqual([l2.id]);
    const removed = (await orders.call(REMOVE, { cartId: cart.id, lineId: l2.id }, anonymous)).data!.removeCartLine;
    expect(removed).toMatchObject({ userErrors: [], cart: { lines: [], totalQuantity: 0, subtotal: { amount: '0.00' } } });
  });

  it("keeps a customer's cart to themselves: others cannot see or change it", async () => {
    const alice = customer('usr_cart_alice');
    const mine = await add({ variantId: v1.id, quantity: 1 }, alice);
    expect((await add({ variantId: v2.id, quantity: 1 }, alice)).cart.id).toBe(mine.cart.id);
    const cartId = mine.cart.id;
    expect(codes(await add({ cartId, variantId: v1.id, quantity: 1 }, customer('usr_cart_bob')))).toEqual(['CART_NOT_FOUND']);
    expect(codes(await add({ cartId, variantId: v1.id, quantity: 1 }, anonymous))).toEqual(['CART_NOT_FOUND']);
    expect((await orders.call('query($id: ID!) { cart(id: $id) { id } }', { id: cartId }, customer('usr_cart_bob'))).data?.cart).toBeNull();
    expect((await orders.call('query($id: ID!) { cart(id: $id) { id } }', { id: cartId }, admin)).data?.cart).toEqual({ id: cartId });
    expect((await orders.call(`{ myCart { ${CART_FIELDS} } }`, {}, alice)).data?.myCart).toMatchObject({ id: cartId, totalQuantity: 2 });
  });

  it('shares one cart between concurrent first adds of a signed-in customer', async () => {
    const carol = customer('usr_cart_carol');
    const results = await Promise.all(Array.from({ length: 5 }, () => add({ variantId: v1.id, quantity: 1 }, carol)));
    expect(new Set(results.map((r) => r.cart.id)).size).toBe(1);
    expect((await orders.call('{ myCart { totalQuantity } }', {}, carol)).data?.myCart.totalQuantity).toBe(5);
  });

  it('merges an anonymous cart into the signed-in customer cart, capped by availability, and deletes it', async () => {
    const dave = customer('usr_cart_dave');
    await add({ variantId: v1.id, quantity: 3 }, dave);
    const guest = (await add({ variantId: v1.id, quantity: 4 })).cart;
    await add({ cartId: guest.id, variantId: v2.id, quantity: 2 });
    const merged = (await orders.call(MERGE, { cartId: guest.id }, dave)).data!.mergeCart;
    expect(merged.userErrors).toEqual([]);
    expect(merged.cart.lines.map((l: { variant: { id: string }; quantity: number }) => [l.variant.id, l.quantity])).toEqual([
      [v1.id, 5],
      [v2.id, 2],
    ]);
    expect((await orders.call('query($id: ID!) { cart(id: $id) { id } }', { id: guest.id }, anonymous)).data?.cart).toBeNull();
    expect(codes((await orders.call(MERGE, { cartId: guest.id }, dave)).data!.mergeCart)).toEqual(['CART_NOT_FOUND']);
    const other = (await add({ variantId: v1.id, quantity: 1 }, customer('usr_cart_erin'))).cart;
    expect(codes((await orders.call(MERGE, { cartId: other.id }, dave)).data!.mergeCart)).toEqual(['CART_NOT_FOUND']);
    expect((await orders.call(MERGE, { cartId: other.id }, anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
