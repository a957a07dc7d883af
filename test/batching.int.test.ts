import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, gql, login, stackTargets } from './support';

/**
 * N+1 guard: listing 50 orders with each line's product name and stock and each order's customer
 * costs at most one `_entities` request per subgraph per plan step, and each such batch is one
 * database query in the subgraph that answers it.
 */
for (const target of stackTargets) {
  describe.skipIf(target.skip)(`batching across subgraphs — ${target.name}`, () => {
    const requests: { subgraph: string; query: string }[] = [];
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let adminToken: string;

    beforeAll(async () => {
      stack = await bootStack(target, { observe: (r) => void requests.push({ subgraph: r.subgraph, query: r.query }) });
      adminToken = await login(stack.gateway.url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
    });
    afterAll(() => stack?.dispose());

    it('lists 50 orders with customers, product names and stock in one batch per subgraph', async () => {
      requests.length = 0;
      for (const s of Object.values(stack.subgraphs)) s.resetQueryCount();
      const res = await gql(
        stack.gateway.url,
        '{ orders(first: 50) { edges { node { number customer { name } lines { quantity product { name inventory { available } } } } } } }',
        {},
        adminToken,
      );
      expect(res.errors).toBeUndefined();
      const edges = res.data.orders.edges as {
        node: { customer: { name: string }; lines: { product: { name: string; inventory: { available: number } } }[] };
      }[];
      expect(edges).toHaveLength(50);
      const distinctProducts = new Set(edges.flatMap((e) => e.node.lines.map((l) => l.product.name)));
      expect(distinctProducts.size).toBeGreaterThan(20);
      for (const e of edges) {
        expect(e.node.customer.name).toEqual(expect.any(String));
        for (const l of e.node.lines) expect(l.product.inventory.available).toEqual(expect.any(Number));
      }

      const entityCalls = (name: string) => requests.filter((r) => r.subgraph === name && r.query.includes('_entities')).length;
      // The plan: orders → (users ∥ products) → inventory. One _entities request each.
      expect(entityCalls('users')).toBe(1);
      expect(entityCalls('products')).toBe(1);
      expect(entityCalls('inventory')).toBe(1);
      expect(requests.filter((r) => r.subgraph === 'orders')).toHaveLength(1);
      expect(requests.filter((r) => ['payments', 'search', 'ai'].includes(r.subgraph))).toHaveLength(0);

      // …and each batch is one database query (orders: the page, its total and all lines).
      expect(stack.subgraphs.users.queryCount()).toBe(1);
      expect(stack.subgraphs.products.queryCount()).toBe(1);
      expect(stack.subgraphs.inventory.queryCount()).toBe(1);
      expect(stack.subgraphs.orders.queryCount()).toBeLessThanOrEqual(3);
    });
  });
}
