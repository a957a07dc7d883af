import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { startGateway, type RunningGateway } from '@shop/gateway';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { SUPERGRAPH_PATH } from '@shop/schema';
import { waitFor } from '@shop/testing';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startStack, type Stack } from '../scripts/stack';
import { graphiql, openBrowser, SKIP_BROWSER_REASON } from './explorer-browser';
import { gql, JWT, login } from './support';

const SCREENSHOT = fileURLToPath(new URL('../docs/images/explorer.png', import.meta.url));
const SCRATCH = fileURLToPath(new URL('../.tmp/explorer.png', import.meta.url));

/** Every request the page made went to the gateway on 127.0.0.1 (or was inline data). */
function offsite(requested: string[], origin: string): string[] {
  const host = new URL(origin).host;
  return requested.filter((u) => !u.startsWith('data:') && new URL(u).host !== host);
}

describe.skipIf(SKIP_BROWSER_REASON)(`explorer in headless Chromium ${SKIP_BROWSER_REASON || ''}`, () => {
  let stack: Stack;
  let adminToken: string;
  let product: { id: string; name: string; variantId: string; warehouseId: string };

  beforeAll(async () => {
    stack = await startStack({
      logger: createLogger('error'),
      ports: 'ephemeral',
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt: JWT,
      seed: true,
      eventStream: `test:explorer:${randomUUID()}`,
    });
    const url = stack.gateway.url;
    adminToken = await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
    const found = await waitFor(
      async () => {
        const res = await gql(
          url,
          '{ products(first: 1) { edges { node { id name variants { id inventory { levels { warehouse { id } } } } } } } }',
          {},
          adminToken,
        );
        const node = res.data?.products.edges[0]?.node;
        const warehouseId = node?.variants[0]?.inventory?.levels[0]?.warehouse.id;
        return warehouseId && { id: node.id, name: node.name, variantId: node.variants[0].id, warehouseId };
      },
      { timeoutMs: 60_000, intervalMs: 200, message: 'a seeded product with stock' },
    );
    product = found;
  });

  afterAll(() => stack?.close());

  it('loads offline from the gateway, runs a query with an Authorization header and a subscription, and shows the results', async () => {
    const browser = await openBrowser();
    onTestFinished(() => browser.close());
    const { page } = browser;
    const origin = new URL(stack.gateway.url).origin;
    await page.goto(stack.gateway.url);
    await graphiql.ready(page);
    // The example tabs, one per schema/operations/ file.
    const examples = readdirSync(path.resolve(import.meta.dirname, '../schema/operations')).filter((f) => f.endsWith('.graphql')).length;
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 10_000 }).toBe(examples);

    await graphiql.setHeaders(page, { Authorization: `Bearer ${adminToken}` });
    await graphiql.setQuery(page, `query ExplorerCheck {\n  me {\n    name\n    role\n  }\n  product(id: "${product.id}") {\n    name\n  }\n}`);
    await graphiql.run(page);
    await waitFor(async () => (await graphiql.result(page)).includes('"role": "ADMIN"'), { timeoutMs: 30_000, message: 'the query result on screen' });
    expect(JSON.parse(await graphiql.result(page)).data.product.name).toBe(product.name);

    // The screenshot for the README: the explorer plugin open beside the query and its result.
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.waitForSelector('.graphiql-explorer-root, .docExplorerWrap', { timeout: 10_000 });
    mkdirSync(fileURLToPath(new URL('../.tmp', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCRATCH });
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(SCRATCH, SCREENSHOT);

    await graphiql.setQuery(
      page,
      `subscription StockWatch {\n  inventoryChanged(productIds: ["${product.id}"]) {\n    product {\n      id\n      name\n    }\n    available\n  }\n}`,
    );
    await graphiql.run(page);
    // Stock changes until one arrives on screen: the first may land before the socket subscribed.
    await waitFor(
      async () => {
        if ((await graphiql.result(page)).includes('"inventoryChanged"')) return true;
        const res = await gql(
          stack.gateway.url,
          'mutation($input: AdjustStockInput!, $key: String!) { adjustStock(input: $input, idempotencyKey: $key) { userErrors { code } } }',
          { input: { variantId: product.variantId, warehouseId: product.warehouseId, delta: 1, reason: 'explorer test' }, key: randomUUID() },
          adminToken,
        );
        expect(res.data?.adjustStock.userErrors).toEqual([]);
        return false;
      },
      { timeoutMs: 30_000, intervalMs: 500, message: 'a subscription event on screen' },
    );
    const event = JSON.parse(await graphiql.result(page));
    expect(event.data.inventoryChanged.product).toEqual({ id: product.id, name: product.name });

    // Saved tabs live under a namespace of this set of examples (a changed set starts afresh).
    const keys: string[] = await page.evaluate(() => Object.keys((globalThis as any).localStorage));
    expect(keys.some((k) => k.startsWith('shop-explorer-'))).toBe(true);
    expect(browser.requested.some((u) => u.startsWith('ws://127.0.0.1'))).toBe(true);
    expect(offsite(browser.requested, origin)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  describe('a production gateway with the explorer enabled', () => {
    let production: RunningGateway;
    beforeAll(async () => {
      production = await startGateway({
        port: 0,
        supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
        subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.url])),
        gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
        jwt: JWT,
        production: true,
        explorer: true,
        // The explorer sends documents of the user's own: in production it needs TRUSTED_DOCUMENTS=audit (or off).
        trustedDocuments: 'audit',
        logger: createLogger('error'),
      });
    });
    afterAll(() => production?.close());

    it('builds its schema from /schema.graphql and never sends an introspection query', async () => {
      const browser = await openBrowser();
      onTestFinished(() => browser.close());
      const { page } = browser;
      const posted: string[] = [];
      const record = (r: import('playwright-core').Request) => r.method() === 'POST' && posted.push(r.postData() ?? '');
      page.on('request', record);
      try {
        const before = browser.requested.length;
        await page.goto(production.url);
        await graphiql.ready(page);
        // The docs plugin shows the published descriptions.
        await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
        const docs = page.locator('.graphiql-doc-explorer');
        await docs
          .locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
          .first()
          .click();
        await docs.getByText('The catalogue, a page at a time').first().waitFor({ timeout: 10_000 });
        await graphiql.setQuery(page, 'query ProductCount {\n  products(first: 1) {\n    totalCount\n  }\n}');
        await graphiql.run(page);
        await waitFor(async () => (await graphiql.result(page)).includes('"totalCount"'), { timeoutMs: 30_000, message: 'the query result' });
        const requested = browser.requested.slice(before);
        expect(requested).toContain(new URL('/schema.graphql', production.url).href);
        expect(posted.length).toBeGreaterThan(0);
        expect(posted.filter((body) => body.includes('__schema'))).toEqual([]);
        expect(offsite(requested, production.url)).toEqual([]);
        expect(browser.problems).toEqual([]);
      } finally {
        page.off('request', record);
      }
    });
  });
});
