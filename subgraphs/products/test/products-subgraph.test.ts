import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus, type DomainEvent } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer, waitFor, type GraphQLResponse } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductsSubgraph } from '../src/app';

const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id name } ... on ProductVariant { id sku } ... on Category { id name } } }';
const PAGE =
  'query($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort) { products(first: $first, after: $after, filter: $filter, sort: $sort) { totalCount edges { cursor node { id price { amount } } } pageInfo { hasNextPage endCursor } } }';
const CREATE =
  'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id slug price { amount currencyCode } category { id } variants { id sku } } userErrors { code field } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { product { id name price { amount } variants { id price { amount } } } userErrors { code field } } }';

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; price: { amount: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const pad = (n: number) => String(n).padStart(4, '0');
const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('products subgraph', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    await bus.subscribe('test', async (e) => void events.push(e));
    subgraph = await startProductsSubgraph({ port: 0, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger: createLogger('silent'), seed: true, bus });
  });
  afterAll(() => subgraph?.close());

  it('refuses calls without the gateway signature and answers /health', async () => {
    const res = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ categories { id } }"}' });
    expect(res.status).toBe(401);
    const health = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
  });

  it('announces every seeded product with a product.created event', async () => {
    await waitFor(() => events.filter((e) => e.type === 'product.created').length >= 520, { message: '520 product.created events' });
    const first = events.find((e) => (e.payload as { product: { id: string } }).product.id === 'prd_0001')!;
    expect(first).toMatchObject({ type: 'product.created', version: 1 });
    expect(first.payload).toEqual({
      product: {
        id: 'prd_0001',
        slug: expect.stringMatching(/-0001$/),
        name: expect.any(String),
        description: expect.any(String),
        brand: expect.any(String),
        categoryId: 'cat_headphones',
        categoryName: 'Headphones',
        categoryIds: ['cat_electronics', 'cat_headphones'],
        priceMinor: expect.any(Number),
        currencyCode: 'USD',
        createdAt: expect.any(String),
        attributes: expect.arrayContaining([{ name: 'Material', value: expect.any(String) }]),
        variants: expect.arrayContaining([
          {
            id: expect.any(String),
            sku: expect.any(String),
            name: expect.any(String),
            priceMinor: expect.any(Number),
            currencyCode: 'USD',
            costMinor: expect.any(Number),
            priceHistory: [{ from: expect.any(String), priceMinor: expect.any(Number) }],
          },
        ]),
      },
    });
    const { variants, priceMinor } = (first.payload as { product: { variants: { priceMinor: number }[]; priceMinor: number } }).product;
    expect(Math.min(...variants.map((v) => v.priceMinor))).toBe(priceMinor);
  });

  it('finds a product by id or by slug, and wants exactly one of them', async () => {
    const byId = await callSubgraph(
      subgraph.url,
      '{ product(id: "prd_0001") { id slug price { amount currencyCode } category { id ancestors { id } } variants { sku product { id } } } }',
    );
    const product = byId.data?.product;
    expect(product).toMatchObject({
      id: 'prd_0001',
      price: { currencyCode: 'USD' },
      category: { id: 'cat_headphones', ancestors: [{ id: 'cat_electronics' }] },
    });
    expect(product.variants[0].product.id).toBe('prd_0001');
    const bySlug = await callSubgraph(subgraph.url, 'query($s: String) { product(slug: $s) { id } }', { s: product.slug });
    expect(bySlug.data?.product).toEqual({ id: 'prd_0001' });
    expect((await callSubgraph(subgraph.url, '{ product(id: "prd_nope") { id } }')).data?.product).toBeNull();
    expect(codeOf(await callSubgraph(subgraph.url, '{ product { id } }'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await callSubgraph(subgraph.url, '{ product(id: "prd_0001", slug: "x") { id } }'))).toBe('BAD_USER_INPUT');
  });

  it('pages through a category and its descendants by price without gaps or repeats', async () => {
    const seen: string[] = [];
    const prices: number[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: GraphQLResponse = await callSubgraph(subgraph.url, PAGE, { first: 50, after, filter: { categoryId: 'cat_electronics' }, sort: 'PRICE_ASC' });
      const page = res.data?.products as Page;
      total = page.totalCount;
      for (const edge of page.edges) {
        seen.push(edge.node.id);
        prices.push(Number(edge.node.price.amount));
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(120);
    expect(new Set(seen).size).toBe(120);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('filters by brand and price, and sorts newest first by default', async () => {
    const res = await callSubgraph(
      subgraph.url,
      '{ products(first: 5, filter: { brand: "Voltix", minPrice: "50", maxPrice: "150.00" }) { totalCount edges { node { brand createdAt price { amount } } } } }',
    );
    const nodes = res.data?.products.edges.map((e: { node: unknown }) => e.node);
    expect(res.data?.products.totalCount).toBeGreaterThan(0);
    for (const node of nodes) expect(node).toMatchObject({ brand: 'Voltix' });
    for (const node of nodes) expect(Number(node.price.amount)).toBeGreaterThanOrEqual(50);
    const dates = nodes.map((n: { createdAt: string }) => n.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses oversized pages, malformed prices and foreign cursors as bad input', async () => {
    expect(codeOf(await callSubgraph(subgraph.url, PAGE, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await callSubgraph(subgraph.url, PAGE, { filter: { minPrice: 'cheap' } }))).toBe('BAD_USER_INPUT');
    const first = await callSubgraph(subgraph.url, PAGE, { first: 1, sort: 'NAME_ASC' });
    const cursor = first.data?.products.pageInfo.endCursor;
    expect(codeOf(await callSubgraph(subgraph.url, PAGE, { first: 1, after: cursor, sort: 'PRICE_DESC' }))).toBe('BAD_USER_INPUT');
  });

  it('lists the category tree, roots first', async () => {
    const res = await callSubgraph(subgraph.url, '{ categories { id parent { id } children { id } } category(slug: "headphones") { id parent { name } } }');
    const categories = res.data?.categories;
    expect(categories).toHaveLength(18);
    const firstChild = categories.findIndex((c: { parent: unknown }) => c.parent !== null);
    expect(categories.slice(firstChild).every((c: { parent: unknown }) => c.parent !== null)).toBe(true);
    expect(
      categories
        .find((c: { id: string }) => c.id === 'cat_electronics')
        .children.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual(['cat_accessories', 'cat_headphones', 'cat_speakers']);
    expect(res.data?.category).toEqual({ id: 'cat_headphones', parent: { name: 'Electronics' } });
  });

  it.each([
    ['Product', (i: number) => `prd_${pad(i + 1)}`],
    ['ProductVariant', (i: number) => `var_${pad(i + 1)}_1`],
    ['Category', (i: number) => ['cat_electronics', 'cat_headphones', 'cat_tops'][i % 3]!],
  ])('resolves a batch of 30 %s references with one store operation', async (typename, id) => {
    const reps = Array.from({ length: 30 }, (_, i) => ({ __typename: typename, id: id(i) }));
    subgraph.resetQueryCount();
    const res = await callSubgraph(subgraph.url, ENTITIES, { r: reps });
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toHaveLength(30);
    expect(res.data?._entities.every((e: { id: string } | null) => e !== null)).toBe(true);
    expect(subgraph.queryCount()).toBe(1);
  });

  it('loads the categories of a page of products with one more operation', async () => {
    subgraph.resetQueryCount();
    const res = await callSubgraph(subgraph.url, '{ products(first: 40) { edges { node { category { name } variants { id } } } } }');
    expect(res.data?.products.edges).toHaveLength(40);
    expect(subgraph.queryCount()).toBe(2);
  });

  it('lets only admins change the catalogue', async () => {
    const input = { slug: 'x-1', name: 'X', brand: 'B', categoryId: 'cat_tops', variants: [{ sku: 'X-1', name: 'One', price: '1.00' }] };
    expect(codeOf(await callSubgraph(subgraph.url, CREATE, { input }, anonymous))).toBe('UNAUTHENTICATED');
    expect(codeOf(await callSubgraph(subgraph.url, CREATE, { input }, customer('usr_0001')))).toBe('FORBIDDEN');
    expect(codeOf(await callSubgraph(subgraph.url, UPDATE, { id: 'prd_0001', input: { name: 'Y' } }, { userId: 'usr_support', role: 'SUPPORT' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('creates a product, announces it, and refuses its slug and SKUs again', async () => {
    const input = {
      slug: 'trail-runner-2',
      name: 'Trail Runner 2',
      brand: 'Fieldnote',
      categoryId: 'cat_footwear',
      variants: [
        { sku: 'TR2-9', name: 'Size: 9', price: '129.00' },
        { sku: 'TR2-10', name: 'Size: 10', price: '119.50' },
      ],
    };
    const res = await callSubgraph(subgraph.url, CREATE, { input }, admin);
    const created = res.data?.createProduct;
    expect(created.userErrors).toEqual([]);
    expect(created.product).toMatchObject({ slug: 'trail-runner-2', price: { amount: '119.50', currencyCode: 'USD' }, category: { id: 'cat_footwear' } });
    const event = await waitFor(() =>
      events.find((e) => e.type === 'product.created' && (e.payload as { product: { id: string } }).product.id === created.product.id),
    );
    expect(event.payload).toMatchObject({ product: { priceMinor: 11950, categoryName: 'Footwear', categoryIds: ['cat_apparel', 'cat_footwear'] } });

    const again = await callSubgraph(subgraph.url, CREATE, { input }, admin);
    expect(again.data?.createProduct).toEqual({ product: null, userErrors: [{ code: 'SLUG_TAKEN', field: 'slug' }] });
    const sameSku = await callSubgraph(subgraph.url, CREATE, { input: { ...input, slug: 'trail-runner-3' } }, admin);
    expect(sameSku.data?.createProduct.userErrors).toEqual([{ code: 'SKU_TAKEN', field: 'variants' }]);
    const invalid = await callSubgraph(
      subgraph.url,
      CREATE,
      { input: { ...input, slug: 'ok-slug', categoryId: 'cat_nope', variants: [{ sku: 'Z-1', name: 'Z', price: '0.00' }] } },
      admin,
    );
    expect(invalid.data?.createProduct.userErrors).toEqual([
      { code: 'UNKNOWN_CATEGORY', field: 'categoryId' },
      { code: 'INVALID_PRICE', field: 'variants.0.price' },
    ]);
  });

  it('updates a product and announces the new lowest price', async () => {
    const before = await callSubgraph(subgraph.url, '{ product(id: "prd_0002") { variants { id } } }');
    const variantId = before.data?.product.variants[0].id;
    const res = await callSubgraph(
      subgraph.url,
      UPDATE,
      { id: 'prd_0002', input: { name: 'Renamed Thing', variants: [{ id: variantId, price: '1.25' }] } },
      admin,
    );
    expect(res.data?.updateProduct).toMatchObject({ userErrors: [], product: { id: 'prd_0002', name: 'Renamed Thing', price: { amount: '1.25' } } });
    const event = await waitFor(() => events.find((e) => e.type === 'product.updated' && (e.payload as { product: { id: string } }).product.id === 'prd_0002'));
    expect(event.payload).toMatchObject({ product: { name: 'Renamed Thing', priceMinor: 125 } });

    const missing = await callSubgraph(subgraph.url, UPDATE, { id: 'prd_nope', input: { name: 'X' } }, admin);
    expect(missing.data?.updateProduct).toEqual({ product: null, userErrors: [{ code: 'PRODUCT_NOT_FOUND', field: 'id' }] });
    const taken = await callSubgraph(subgraph.url, UPDATE, { id: 'prd_0002', input: { slug: 'trail-runner-2' } }, admin);
    expect(taken.data?.updateProduct.userErrors).toEqual([{ code: 'SLUG_TAKEN', field: 'slug' }]);
  });
});
