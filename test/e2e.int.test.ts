import { demoCatalog, demoOrders, demoStock, demoUsers, DEMO_CREDENTIALS } from '@shop/demo-data';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, gql, login, stackTargets } from './support';

/**
 * The whole platform booted as a frontend meets it: seven subgraphs and the gateway on free ports,
 * seeded, queried only through the gateway. Values are checked against the seeded data.
 */
const now = new Date();
const { orders, payments } = demoOrders(now);
const { products } = demoCatalog();
const stock = demoStock();
const users = demoUsers();
const availableOf = (productId: string) => stock.filter((s) => s.productId === productId).reduce((n, s) => n + s.quantity, 0);
const money = (minor: number) => ({ amount: (minor / 100).toFixed(2), currencyCode: 'USD' });

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`end to end through the gateway — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let url: string;
    let adminToken: string;
    let customerToken: string;

    beforeAll(async () => {
      stack = await bootStack(target, { now });
      url = stack.gateway.url;
      adminToken = await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
      customerToken = await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
    });
    afterAll(() => stack?.dispose());

    it('answers one query that spans users, orders, payments, products, inventory, ai and search', async () => {
      const order = orders.find((o) => o.lines.length >= 2 && o.status === 'DELIVERED')!;
      const customer = users.find((u) => u.id === order.customerId)!;
      const payment = payments.find((p) => p.orderId === order.id)!;
      const res = await gql(
        url,
        `query($id: ID!) {
          order(id: $id) {
            id number status total { amount currencyCode }
            customer { id name email }
            payments { status amount { amount currencyCode } method { brand last4 } }
            lines {
              quantity unitPrice { amount currencyCode }
              product { id name brand price { amount } inventory { available inStock } recommendations(first: 3) { id name } }
            }
          }
          search(query: "backpack", first: 5) { totalCount hits { score product { id name category { name } } } facets { name values { value count } } }
        }`,
        { id: order.id },
        adminToken,
      );
      expect(res.errors).toBeUndefined();
      const got = res.data.order;
      expect(got).toMatchObject({ id: order.id, number: order.number, status: order.status, total: money(order.totalMinor) });
      expect(got.customer).toEqual({ id: customer.id, name: customer.name, email: customer.email });
      expect(got.payments).toEqual([
        { status: 'CAPTURED', amount: money(payment.amountMinor), method: { brand: payment.cardBrand, last4: payment.cardLast4 } },
      ]);
      expect(got.lines).toHaveLength(order.lines.length);
      for (const [i, line] of order.lines.entries()) {
        const product = products.find((p) => p.id === line.productId)!;
        const lowest = Math.min(...product.variants.map((v) => v.priceMinor));
        const available = availableOf(product.id);
        expect(got.lines[i]).toMatchObject({
          quantity: line.quantity,
          unitPrice: money(line.unitPriceMinor),
          product: {
            id: product.id,
            name: product.name,
            brand: product.brand,
            price: { amount: money(lowest).amount },
            inventory: { available, inStock: available > 0 },
          },
        });
        const recs = got.lines[i].product.recommendations as { id: string; name: string }[];
        expect(recs.length).toBeGreaterThan(0);
        expect(recs.map((r) => r.id)).not.toContain(product.id);
        for (const r of recs) expect(r.name).toBe(products.find((p) => p.id === r.id)!.name);
      }
      const search = res.data.search;
      expect(search.totalCount).toBe(products.filter((p) => /backpack/i.test(`${p.name} ${p.description}`)).length);
      expect(search.hits.length).toBe(Math.min(5, search.totalCount));
      for (const hit of search.hits) expect(hit.product.name).toMatch(/backpack/i);
      expect(search.facets.map((f: { name: string }) => f.name).sort()).toEqual(['brand', 'category', 'price']);
    });

    it('pages through the catalogue as a Relay connection without gaps or repeats', async () => {
      const seen = new Set<string>();
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 6; page++) {
        const res: any = await gql(
          url,
          'query($after: String) { products(first: 100, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
        expect(res.errors).toBeUndefined();
        total = res.data.products.totalCount;
        for (const e of res.data.products.edges) seen.add(e.node.id);
        if (!res.data.products.pageInfo.hasNextPage) break;
        after = res.data.products.pageInfo.endCursor;
      }
      expect(total).toBe(products.length);
      expect(seen.size).toBe(products.length);
      const tooMany = await gql(url, '{ products(first: 101) { totalCount } }');
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('applies the auth rules across subgraphs', async () => {
      const me = await gql(
        url,
        '{ me { id orders(first: 100) { totalCount edges { node { id customer { id } payments { id } } } } recommendedProducts(first: 3) { id } } }',
        {},
        customerToken,
      );
      expect(me.errors).toBeUndefined();
      const mine = orders.filter((o) => o.customerId === 'usr_0001');
      expect(me.data.me.orders.totalCount).toBe(mine.length);
      for (const e of me.data.me.orders.edges) expect(e.node.customer.id).toBe('usr_0001');
      expect(me.data.me.recommendedProducts.length).toBeGreaterThan(0);

      const someoneElses = orders.find((o) => o.customerId !== 'usr_0001')!;
      const peek = await gql(url, 'query($id: ID!) { order(id: $id) { id payments { id } } }', { id: someoneElses.id }, customerToken);
      expect(peek.data?.order ?? null).toBeNull();
      const list = await gql(url, '{ orders(first: 5) { totalCount } }', {}, customerToken);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anon = await gql(url, '{ orders(first: 5) { totalCount } }');
      expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const all = await gql(url, '{ orders(first: 5) { totalCount } }', {}, adminToken);
      expect(all.data.orders.totalCount).toBe(orders.length);
    });

    it('answers the product when a caller asks for stock levels it may not see: only the levels are null', async () => {
      const product = products[0]!;
      const query = 'query($id: ID!) { product(id: $id) { id name inventory { available levels { onHand } } } }';
      for (const [token, code] of [
        [undefined, 'UNAUTHENTICATED'],
        [customerToken, 'FORBIDDEN'],
      ] as const) {
        const res = await gql(url, query, { id: product.id }, token);
        expect(res.data.product).toEqual({ id: product.id, name: product.name, inventory: { available: availableOf(product.id), levels: null } });
        expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['product', 'inventory', 'levels'], code]]);
      }
      const staff = await gql(url, query, { id: product.id }, adminToken);
      expect(staff.errors).toBeUndefined();
      expect(staff.data.product.inventory.levels.length).toBeGreaterThan(0);
    });

    it('keeps search in step with stock through events', async () => {
      const product = products.find((p) => availableOf(p.id) > 0 && p.variants.length === 1)!;
      const levels = stock.filter((s) => s.productId === product.id && s.quantity > 0);
      for (const [i, level] of levels.entries()) {
        const res = await gql(
          url,
          'mutation($input: AdjustStockInput!, $key: String!) { adjustStock(input: $input, idempotencyKey: $key) { level { available } userErrors { code message } } }',
          {
            input: { variantId: level.variantId, warehouseId: level.warehouseId, delta: -level.quantity, reason: 'e2e: sell out' },
            key: `e2e-${target.name}-${i}`,
          },
          adminToken,
        );
        expect(res.data?.adjustStock.userErrors).toEqual([]);
      }
      const inStockOnly = async () =>
        (
          await gql(url, 'query($q: String!) { search(query: $q, first: 20, filters: { inStock: true }) { hits { product { id } } } }', { q: product.name })
        ).data.search.hits.map((h: { product: { id: string } }) => h.product.id);
      await waitFor(async () => !(await inStockOnly()).includes(product.id), { timeoutMs: 20_000, message: 'search to see the product sold out' });
      const res = await gql(url, 'query($id: ID!) { product(id: $id) { inventory { available inStock } } }', { id: product.id });
      expect(res.data.product.inventory).toEqual({ available: 0, inStock: false });
    });
  });
}
