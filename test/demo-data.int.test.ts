import { readFileSync } from 'node:fs';
import { demoCartId, demoCarts, demoUsers, DEMO_CREDENTIALS } from '@shop/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shopper } from './shopper';
import { bootStack, gql, login, stackTargets } from './support';

/**
 * The demo data as a visitor of the one-process stack meets it: the schema's example slug, product
 * pictures behind every image URL, and the demo customer's seeded cart checked out exactly as the
 * README's "Buying something" section does it.
 */
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The operations of the README's "Buying something" block, in order (each follows its `# n.` comment). */
function buyingSomething(): string[] {
  const section = readme.slice(readme.indexOf('### Buying something'));
  const block = /```graphql\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split(/^# \d+\..*$/m)
    .map((op) => op.trim())
    .filter(Boolean);
}

const customer = demoUsers().find((u) => u.email === DEMO_CREDENTIALS.customer.email)!;

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`demo data through the gateway — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let url: string;

    beforeAll(async () => {
      stack = await bootStack(target);
      url = stack.gateway.url;
    });
    afterAll(() => stack?.dispose());

    it("finds the schema's example product by slug", async () => {
      const res = await gql(url, '{ product(slug: "voltix-classic-headphones-0001") { id name category { name } } }');
      expect(res.data?.product).toEqual({ id: 'prd_0001', name: 'Voltix Classic Headphones', category: { name: 'Headphones' } });
    });

    it('answers every image URL of a page of products with an image', async () => {
      const res = await gql(url, '{ products(first: 50) { edges { node { id images { url altText } } } } }');
      const urls = res.data.products.edges.flatMap((e: { node: { images: { url: string }[] } }) => e.node.images.map((i) => i.url)) as string[];
      expect(urls.length).toBeGreaterThanOrEqual(50);
      // Site-relative URLs, served under /images/ by the products subgraph through the gateway's port.
      const origin = new URL(url).origin;
      for (const imageUrl of urls) {
        const image = await fetch(new URL(imageUrl, origin));
        expect(image.status, imageUrl).toBe(200);
        expect(image.headers.get('content-type'), imageUrl).toMatch(/^image\//);
        expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
    });

    it("checks out the demo customer's seeded cart to CONFIRMED, as the README does it", async () => {
      const token = await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
      const [addToCart, checkout] = buyingSomething();
      expect(addToCart).toMatch(/addCartLine/);
      expect(checkout).toMatch(/checkout\(/);

      const added = await gql(url, addToCart!, {}, token);
      expect(added.errors).toBeUndefined();
      expect(added.data.addCartLine.userErrors).toEqual([]);
      // Signed in, the line lands in the customer's own (seeded) cart.
      const cartId = added.data.addCartLine.cart.id as string;
      expect(cartId).toBe(demoCartId(customer.id));
      const seeded = demoCarts().find((c) => c.id === cartId)!;
      const shopper = new Shopper(url, token);
      const cart = await shopper.call(`{ myCart { lines { quantity variant { id } } } }`);
      expect(cart.myCart.lines.length).toBeGreaterThan(seeded.lines.length);
      for (const line of seeded.lines) expect(cart.myCart.lines).toContainEqual({ quantity: line.quantity, variant: { id: line.variantId } });

      const placed = await gql(url, checkout!.replace('<cart id>', cartId), {}, token);
      expect(placed.errors).toBeUndefined();
      expect(placed.data.checkout.userErrors).toEqual([]);
      const order = await shopper.settled(placed.data.checkout.order.id);
      expect(order).toMatchObject({ status: 'CONFIRMED', failureReason: null });
      expect(order.lines).toHaveLength(cart.myCart.lines.length);
    });
  });
}
