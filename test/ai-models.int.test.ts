import { demoCatalog, DEMO_CREDENTIALS } from '@shop/demo-data';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, gql, login, stackTargets } from './support';

/**
 * The ai models as staff and a new product's admin meet them, only through the gateway: cold-start
 * recommendations for a product nobody bought, forecasts, and a price suggestion applied through
 * the products subgraph's own updateProduct (which ai then learns from product.updated).
 */
const now = new Date();
const categoryOf = new Map(demoCatalog().products.map((p) => [p.id, p.categoryId]));

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code message } } }`;
const RECOMMENDED = `query($id: ID!) { product(id: $id) { recommendations(first: 5) { id category { id } } recommendationsExplained(first: 5) { reason } } }`;
const SUGGESTIONS = `{ priceSuggestions(first: 3) { product { id name } variantId currentPriceMinor suggestedPriceMinor suggestedPrice changed elasticity reason } }`;
const APPLY = `mutation($productId: ID!, $variantId: ID!, $price: String!) {
  updateProduct(id: $productId, input: { variants: [{ id: $variantId, price: $price }] }) { product { variants { id price { amount } } } userErrors { code } }
}`;

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`ai models through the gateway — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let url: string;
    let adminToken: string;
    let supportToken: string;
    let customerToken: string;

    beforeAll(async () => {
      stack = await bootStack(target, { now });
      url = stack.gateway.url;
      adminToken = await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
      supportToken = await login(url, DEMO_CREDENTIALS.support.email, DEMO_CREDENTIALS.support.password);
      customerToken = await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
    });
    afterAll(() => stack?.dispose());

    it('recommends similar products for a product an admin just created, not the best sellers', async () => {
      const created = await gql(
        url,
        CREATE,
        {
          input: {
            slug: 'voltix-studio-monitor-headphones',
            name: 'Voltix Studio Monitor Headphones',
            description: 'Closed-back headphones for the studio.',
            brand: 'Voltix',
            categoryId: 'cat_headphones',
            attributes: [{ name: 'Material', value: 'Aluminium' }],
            variants: [{ sku: 'VOLTIX-STUDIO-1', name: 'Color: Black', price: '129.00' }],
          },
        },
        adminToken,
      );
      const id = created.data?.createProduct.product.id as string;
      expect(id).toBeTruthy();
      let recs: { id: string; category: { id: string } }[] = [];
      await waitFor(
        async () => {
          recs = (await gql(url, RECOMMENDED, { id })).data?.product?.recommendations ?? [];
          return recs.length === 5 && recs.every((r) => categoryOf.get(r.id) === 'cat_headphones');
        },
        { timeoutMs: 30_000, message: 'content recommendations for the new product' },
      );
      expect(recs.map((r) => r.category.id)).toEqual(Array(5).fill('cat_headphones'));
      const explained = (await gql(url, RECOMMENDED, { id })).data.product.recommendationsExplained;
      for (const r of explained) expect(r.reason).toMatch(/similar/);
    });

    it('forecasts revenue and demand for staff, beating seasonal-naive on the last 8 weeks', async () => {
      const res = await gql(
        url,
        '{ revenueForecast { model points { weekStart value lower upper } backtest { mase seasonalNaiveMase coverage } } demandForecast(productId: "prd_0027", weeks: 4) { points { value } backtest { mase } } }',
        {},
        supportToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.revenueForecast.points).toHaveLength(8);
      expect(res.data.revenueForecast.backtest.mase).toBeLessThan(1);
      expect(res.data.demandForecast.points).toHaveLength(4);
      const refused = await gql(url, '{ revenueForecast { model } }', {}, customerToken);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it("applies a price suggestion through products' updateProduct, and ai learns the new price", async () => {
      const res = await gql(url, SUGGESTIONS, {}, adminToken);
      expect(res.errors).toBeUndefined();
      const [top] = res.data.priceSuggestions;
      expect(top).toMatchObject({ changed: true });
      expect(top.elasticity).toBeLessThan(-1);
      const applied = await gql(url, APPLY, { productId: top.product.id, variantId: top.variantId, price: top.suggestedPrice }, adminToken);
      expect(applied.data.updateProduct.userErrors).toEqual([]);
      expect(applied.data.updateProduct.product.variants.find((v: { id: string }) => v.id === top.variantId).price.amount).toBe(top.suggestedPrice);
      await waitFor(
        async () => {
          const after = (await gql(url, '{ priceSuggestions(first: 100) { variantId currentPriceMinor } }', {}, adminToken)).data?.priceSuggestions ?? [];
          // Before ai learns the change the variant leads the list at its old price; afterwards never.
          return (
            after.length > 0 &&
            !after.some((s: { variantId: string; currentPriceMinor: number }) => s.variantId === top.variantId && s.currentPriceMinor === top.currentPriceMinor)
          );
        },
        { timeoutMs: 30_000, message: 'ai to learn the applied price from product.updated' },
      );
    });
  });
}
