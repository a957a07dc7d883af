import { request } from 'node:http';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { admin, callSubgraph } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_PATH_PREFIX, PRODUCT_IMAGES_PATH, startProductsSubgraph } from '../src/app';
import { categoryHue, renderProductImage, wrapWords } from '../src/domain/product-image';

/** A request with the path exactly as written (fetch would normalise `..` away before sending). */
function rawGet(base: string, path: string, method = 'GET'): Promise<{ status: number; type: string | undefined }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('product images', () => {
  let subgraph: StartedSubgraph;
  let origin: string;

  beforeAll(async () => {
    subgraph = await startProductsSubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger('silent'),
      seed: true,
      bus: new InMemoryEventBus(),
    });
    origin = new URL(subgraph.url).origin;
  });
  afterAll(() => subgraph?.close());

  it('serves every image URL of a page of products as an SVG drawn from the product, without a gateway signature', async () => {
    const res = await callSubgraph(subgraph.url, '{ products(first: 100, sort: NAME_ASC) { edges { node { id name brand images { url altText } } } } }');
    const nodes = res.data?.products.edges.map((e: { node: unknown }) => e.node) as { id: string; name: string; brand: string; images: { url: string }[] }[];
    expect(nodes).toHaveLength(100);
    for (const node of nodes) {
      expect(node.images.length).toBeGreaterThan(0);
      for (const { url } of node.images) {
        expect(url.startsWith(PRODUCT_IMAGES_PATH)).toBe(true);
        const image = await fetch(new URL(url, origin));
        expect(image.status, url).toBe(200);
        expect(image.headers.get('content-type')).toBe('image/svg+xml');
        expect(image.headers.get('x-content-type-options')).toBe('nosniff');
        expect(image.headers.get('cache-control')).toMatch(/max-age=\d+/);
        const svg = await image.text();
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg).toContain(node.brand.replace(/&/g, '&amp;'));
      }
    }
  });

  it('answers a matching If-None-Match with 304 and HEAD without a body', async () => {
    const url = new URL(`${PRODUCT_IMAGES_PATH}prd_0001-1.svg`, origin);
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await fetch(url, { headers: { 'if-none-match': `"other", ${etag}` } })).status).toBe(304);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('follows the product: a renamed product is drawn with its new name', async () => {
    const update = 'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { userErrors { code } } }';
    const res = await callSubgraph(subgraph.url, update, { id: 'prd_0002', input: { name: 'Renamed <Quokka> & Co' } }, admin);
    expect(res.data?.updateProduct.userErrors).toEqual([]);
    const svg = await (await fetch(new URL(`${PRODUCT_IMAGES_PATH}prd_0002-2.svg`, origin))).text();
    expect(svg).toContain('Renamed &lt;Quokka&gt; &amp; Co');
  });

  it('answers 404 for anything that is not an image URL of an existing product', async () => {
    const paths = [
      `${PRODUCT_IMAGES_PATH}prd_9999-1.svg`, // no such product
      `${PRODUCT_IMAGES_PATH}prd_0001-3.svg`, // no such view
      `${PRODUCT_IMAGES_PATH}prd_0001-1.jpg`, // the old, never-served extension
      `${PRODUCT_IMAGES_PATH}prd_0001-1.svg/x`,
      `${PRODUCT_IMAGES_PATH}..%2F..%2Fhealth`,
      `${PRODUCT_IMAGES_PATH}%2e%2e/prd_0001-1.svg`, // = /images/prd_0001-1.svg
      `${PRODUCT_IMAGES_PATH}../../../etc/passwd`,
      `${PRODUCT_IMAGES_PATH}`,
      `${IMAGES_PATH_PREFIX}other/prd_0001-1.svg`,
      `${IMAGES_PATH_PREFIX}products`,
    ];
    for (const path of paths) expect((await rawGet(origin, path)).status, path).toBe(404);
  });

  it('draws deterministic pictures in a colour of the category', () => {
    const subject = { name: 'Summit & Co Alpine Tent', brand: 'Summit & Co', categoryId: 'cat_camping', view: 1 };
    expect(renderProductImage(subject)).toBe(renderProductImage({ ...subject }));
    expect(renderProductImage(subject)).not.toBe(renderProductImage({ ...subject, view: 2 }));
    expect(renderProductImage(subject)).toContain(`hsl(${categoryHue('cat_camping')}, `);
    expect(renderProductImage(subject)).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(categoryHue('cat_camping')).not.toBe(categoryHue('cat_headphones'));
    expect(wrapWords('Tempo Athletics Competition Resistance Bands', 18)).toEqual(['Tempo Athletics', 'Competition', 'Resistance Bands']);
    expect(wrapWords('one two three four five six', 9, 2)).toEqual(['one two', 'three fo…']);
  });
});
