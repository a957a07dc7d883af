import { DEMO_WAREHOUSES, demoStock } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, type DomainEvent } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventorySubgraph } from '../src/app';

const support = { userId: 'usr_support', role: 'SUPPORT' as const };
const stock = demoStock();
const productTotal = (productId: string) => stock.filter((l) => l.productId === productId).reduce((sum, l) => sum + l.quantity, 0);
const variantTotal = (variantId: string) => stock.filter((l) => l.variantId === variantId).reduce((sum, l) => sum + l.quantity, 0);
const productIds = [...new Set(stock.map((l) => l.productId))];
/** The `variants` list of a product's stock_changed event, as seeded, minus `taken` units of some. */
const variantsOf = (productId: string, taken: Record<string, number> = {}) =>
  [...new Set(stock.filter((l) => l.productId === productId).map((l) => l.variantId))]
    .sort()
    .map((variantId) => ({ variantId, available: variantTotal(variantId) - (taken[variantId] ?? 0) }));
const soldOut = productIds.find((id) => productTotal(id) === 0)!;

const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id inventory { available inStock } } ... on ProductVariant { id inventory { available inStock } } } }';
const ADJUST = `mutation($input: AdjustStockInput!, $key: String!) {
  adjustStock(input: $input, idempotencyKey: $key) { level { sku variantId onHand reserved available warehouse { code } } userErrors { code field message } }
}`;

describe('inventory subgraph', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const published: DomainEvent[] = [];

  beforeAll(async () => {
    await bus.subscribe('test', async (e) => void published.push(e));
    subgraph = await startInventorySubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), seed: true, bus });
  });
  afterAll(() => subgraph?.close());

  const ofType = (type: string) => published.filter((e) => e.type === type).map((e) => e.payload as Record<string, unknown>);

  it('refuses calls that do not carry the gateway signature, and answers /health', async () => {
    const res = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ warehouses { id } }"}' });
    expect(res.status).toBe(401);
    const health = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
  });

  it('announces every seeded product once with its total', async () => {
    await waitFor(() => ofType('inventory.stock_changed').length >= productIds.length, { message: 'seeded stock_changed events' });
    const seeded = ofType('inventory.stock_changed').slice(0, productIds.length);
    expect(new Set(seeded.map((p) => p.productId)).size).toBe(productIds.length);
    expect(seeded.find((p) => p.productId === 'prd_0001')).toEqual({
      productId: 'prd_0001',
      available: productTotal('prd_0001'),
      inStock: true,
      variants: variantsOf('prd_0001'),
    });
    expect(seeded.find((p) => p.productId === soldOut)).toEqual({ productId: soldOut, available: 0, inStock: false, variants: variantsOf(soldOut) });
  });

  it('resolves 30 product references with one query, zero for products without stock', async () => {
    const ids = [...productIds.slice(0, 29), 'prd_unknown'];
    subgraph.resetQueryCount();
    const res = await callSubgraph(subgraph.url, ENTITIES, { r: ids.map((id) => ({ __typename: 'Product', id })) }, anonymous);
    expect(subgraph.queryCount()).toBe(1);
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toHaveLength(30);
    expect(res.data?._entities[0]).toEqual({ id: 'prd_0001', inventory: { available: productTotal('prd_0001'), inStock: true } });
    expect(res.data?._entities[29]).toEqual({ id: 'prd_unknown', inventory: { available: 0, inStock: false } });
  });

  it('resolves 30 variant references with one query', async () => {
    const ids = [...new Set(stock.map((l) => l.variantId))].slice(0, 30);
    subgraph.resetQueryCount();
    const res = await callSubgraph(subgraph.url, ENTITIES, { r: ids.map((id) => ({ __typename: 'ProductVariant', id })) }, customer('usr_0001'));
    expect(subgraph.queryCount()).toBe(1);
    expect(res.data?._entities.map((e: { inventory: { available: number } }) => e.inventory.available)).toEqual(ids.map(variantTotal));
  });

  it('shows stock levels to staff, one query per loader for a whole batch', async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { inventory { available levels { sku variantId onHand reserved available warehouse { code city } } } } } }';
    subgraph.resetQueryCount();
    const res = await callSubgraph(subgraph.url, query, { r: productIds.slice(0, 30).map((id) => ({ __typename: 'Product', id })) }, support);
    expect(res.errors).toBeUndefined();
    // availability, levels, warehouses: three loaders, each one statement for all 30 products.
    expect(subgraph.queryCount()).toBe(3);
    const first = res.data?._entities[0].inventory;
    expect(first.levels).toHaveLength(stock.filter((l) => l.productId === 'prd_0001').length);
    expect(first.levels.find((l: { warehouse: { code: string } }) => l.warehouse.code === 'EAST')).toEqual({
      sku: 'SKU-0001-1',
      variantId: 'var_0001_1',
      onHand: 97,
      reserved: 0,
      available: 97,
      warehouse: { code: 'EAST', city: 'Newark' },
    });
  });

  it('refuses stock levels to everyone but staff', async () => {
    const query =
      '{ _entities(representations: [{__typename: "ProductVariant", id: "var_0001_1"}]) { ... on ProductVariant { inventory { levels { onHand } } } } }';
    expect((await callSubgraph(subgraph.url, query, {}, customer('usr_0001'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(subgraph.url, query, {}, anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const staff = await callSubgraph(subgraph.url, query, {}, admin);
    expect(staff.data?._entities[0].inventory.levels).toHaveLength(3);
  });

  it('lists warehouses to staff only and resolves warehouse references', async () => {
    expect((await callSubgraph(subgraph.url, '{ warehouses { id code name city } }', {}, support)).data?.warehouses).toEqual(
      [...DEMO_WAREHOUSES].sort((a, b) => a.code.localeCompare(b.code)),
    );
    expect((await callSubgraph(subgraph.url, '{ warehouses { id } }', {}, customer('usr_0001'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refs = await callSubgraph(
      subgraph.url,
      '{ _entities(representations: [{__typename: "Warehouse", id: "wh_west"}, {__typename: "Warehouse", id: "wh_nope"}]) { ... on Warehouse { code } } }',
    );
    expect(refs.data?._entities).toEqual([{ code: 'WEST' }, null]);
  });

  it('lets only admins adjust stock, and refuses malformed input', async () => {
    const variables = { input: { variantId: 'var_0001_1', warehouseId: 'wh_east', delta: 1, reason: 'count' }, key: 'auth-check' };
    expect((await callSubgraph(subgraph.url, ADJUST, variables, anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await callSubgraph(subgraph.url, ADJUST, variables, customer('usr_0001'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(subgraph.url, ADJUST, variables, support)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const zero = await callSubgraph(subgraph.url, ADJUST, { ...variables, input: { ...variables.input, delta: 0 } }, admin);
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.delta' });
  });

  it('adjusts stock once per idempotency key and announces the new totals', async () => {
    const input = { variantId: 'var_0001_2', warehouseId: 'wh_east', delta: -1, reason: 'damaged in transit' };
    const first = await callSubgraph(subgraph.url, ADJUST, { input, key: 'adj-1' }, admin);
    expect(first.data?.adjustStock).toEqual({
      level: { sku: 'SKU-0001-2', variantId: 'var_0001_2', onHand: 2, reserved: 0, available: 2, warehouse: { code: 'EAST' } },
      userErrors: [],
    });
    expect((await callSubgraph(subgraph.url, ADJUST, { input, key: 'adj-1' }, admin)).data).toEqual(first.data);
    const reused = await callSubgraph(subgraph.url, ADJUST, { input: { ...input, delta: -2 }, key: 'adj-1' }, admin);
    expect(reused.data?.adjustStock).toMatchObject({ level: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' }] });

    await waitFor(() => ofType('inventory.low_stock').length === 1, { message: 'low_stock event' });
    expect(ofType('inventory.low_stock')[0]).toEqual({ productId: 'prd_0001', variantId: 'var_0001_2', warehouseId: 'wh_east', available: 2, threshold: 5 });
    expect(ofType('inventory.stock_changed').at(-1)).toEqual({
      productId: 'prd_0001',
      available: productTotal('prd_0001') - 1,
      inStock: true,
      variants: variantsOf('prd_0001', { var_0001_2: 1 }),
    });

    const tooMany = await callSubgraph(subgraph.url, ADJUST, { input: { ...input, delta: -3 }, key: 'adj-2' }, admin);
    expect(tooMany.data?.adjustStock).toMatchObject({ level: null, userErrors: [{ code: 'INSUFFICIENT_STOCK', field: 'delta' }] });
    const unknown = await callSubgraph(subgraph.url, ADJUST, { input: { ...input, warehouseId: 'wh_moon' }, key: 'adj-3' }, admin);
    expect(unknown.data?.adjustStock.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: 'warehouseId' }]);
  });

  it('applies exactly 5 of 20 concurrent single-unit removals from a level of 5', async () => {
    const target = stock.find((l) => l.quantity > 5)!;
    const base = { variantId: target.variantId, warehouseId: target.warehouseId, reason: 'race' };
    await callSubgraph(subgraph.url, ADJUST, { input: { ...base, delta: 5 - target.quantity }, key: 'race-setup' }, admin);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => callSubgraph(subgraph.url, ADJUST, { input: { ...base, delta: -1 }, key: `race-${i}` }, admin)),
    );
    const outcomes = results.map((r) => r.data?.adjustStock);
    expect(outcomes.filter((o) => o?.level)).toHaveLength(5);
    expect(outcomes.filter((o) => o?.userErrors[0]?.code === 'INSUFFICIENT_STOCK')).toHaveLength(15);
    const after = await callSubgraph(
      subgraph.url,
      '{ _entities(representations: [{__typename: "ProductVariant", id: "' +
        target.variantId +
        '"}]) { ... on ProductVariant { inventory { levels { onHand warehouse { id } } } } } }',
      {},
      admin,
    );
    const level = after.data?._entities[0].inventory.levels.find((l: { warehouse: { id: string } }) => l.warehouse.id === target.warehouseId);
    expect(level.onHand).toBe(0);
  });
});
