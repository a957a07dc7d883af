import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openBrowser, SKIP_BROWSER_REASON } from './explorer-browser';
import { Shopper } from './shopper';
import { bootStack, gql, JWT, login, stackTargets } from './support';

const SCREENSHOT = fileURLToPath(new URL('../docs/images/dashboard.png', import.meta.url));
const SCRATCH = fileURLToPath(new URL('../.tmp/dashboard.png', import.meta.url));
const SHIP = 'mutation($input: ShipOrderInput!) { shipOrder(input: $input) { userErrors { code } } }';
const DELIVER = 'mutation($id: ID!) { markOrderDelivered(orderId: $id) { userErrors { code } } }';
const START = 'mutation($s: String!, $m: String!) { startConversation(subject: $s, message: $m) { conversation { id } userErrors { code } } }';

describe.skipIf(SKIP_BROWSER_REASON)(`dashboard in headless Chromium ${SKIP_BROWSER_REASON || ''}`, () => {
  let stack: Awaited<ReturnType<typeof bootStack>>;
  let admin: string;
  let customer: Shopper;
  let variantId: string;

  beforeAll(async () => {
    // Seeded, and every seeding event handled: a new order's saga does not queue behind them.
    stack = await bootStack(stackTargets[0]!);
    const url = stack.gateway.url;
    admin = await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
    customer = new Shopper(url, await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password));
    variantId = await waitFor(
      async () => {
        const res = await gql(url, '{ products(first: 5) { edges { node { variants { id inventory { available } } } } } }', {}, admin);
        const variants = (res.data?.products.edges ?? []).flatMap((e: any) => e.node.variants);
        return variants.find((v: any) => (v.inventory?.available ?? 0) > 10)?.id as string | undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200, message: 'a seeded variant in stock' },
    );
    // Orders prices carts from its read model of the catalogue, filled from the seed's events.
    await waitFor(async () => (await customer.addCartLine(variantId, 1)).cart !== null, {
      timeoutMs: 120_000,
      intervalMs: 500,
      message: 'orders to know the variant',
    });
  });
  afterAll(() => stack?.dispose());

  it('signs staff in, shows a checked-out order within 2 s and its status changes, and resumes after a dropped socket', async () => {
    const browser = await openBrowser();
    onTestFinished(() => browser.close());
    const { page } = browser;
    const origin = new URL(stack.gateway.url).origin;
    await page.goto(new URL('/dashboard', origin).href);

    // A customer is turned away; staff get the board.
    await page.fill('input[name=email]', DEMO_CREDENTIALS.customer.email);
    await page.fill('input[name=password]', DEMO_CREDENTIALS.customer.password);
    await page.click('#sign-in button[type=submit]');
    await page.getByText('The dashboard is for support staff and admins.').waitFor({ timeout: 10_000 });
    await page.fill('input[name=email]', DEMO_CREDENTIALS.admin.email);
    await page.fill('input[name=password]', DEMO_CREDENTIALS.admin.password);
    await page.click('#sign-in button[type=submit]');
    await page.locator('#connection[data-state=live]').waitFor({ timeout: 15_000 });
    await page.locator('#orders tr').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.textContent('#revenue-week'), { timeout: 10_000 }).toMatch(/\$/);
    const before = await page.textContent('#orders-today');

    // An order checked out through the API is on screen within 2 s, then moves on as the saga runs.
    const cartId = (await customer.addCartLine(variantId, 1)).cart!.id;
    const placed = await customer.checkout(cartId);
    const orderId = placed.order!.id;
    const started = Date.now();
    const row = page.locator(`#orders tr[data-order-id="${orderId}"]`);
    await row.waitFor({ timeout: 2_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    await page.locator(`#orders tr[data-order-id="${orderId}"][data-status=CONFIRMED]`).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.textContent('#orders-today'), { timeout: 10_000 }).not.toBe(before);

    const ship = await gql(stack.gateway.url, SHIP, { input: { orderId, carrier: 'UPS', trackingNumber: '1Z999' } }, admin);
    expect(ship.data?.shipOrder.userErrors).toEqual([]);
    await page.locator(`#orders tr[data-order-id="${orderId}"][data-status=FULFILLED]`).waitFor({ timeout: 5_000 });

    // A new support conversation lands in the inbox.
    const subject = `Dashboard check ${randomUUID().slice(0, 8)}`;
    expect((await customer.call(START, { s: subject, m: 'Is my parcel on its way?' })).startConversation.userErrors).toEqual([]);
    await page.locator('#inbox li', { hasText: subject }).waitFor({ timeout: 5_000 });
    mkdirSync(fileURLToPath(new URL('../.tmp', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCRATCH, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(SCRATCH, SCREENSHOT);

    // The socket drops; a change made while it is down arrives after the reconnect, once.
    const sockets = () => browser.requested.filter((u) => u.startsWith('ws://')).length;
    const socketsBefore = sockets();
    const cursorBefore = await page.evaluate(() => (globalThis as any).shopDashboard.cursor());
    await page.evaluate(() => (globalThis as any).shopDashboard.terminate());
    await page.locator('#connection[data-state=reconnecting]').waitFor({ timeout: 5_000 });
    const deliver = await gql(stack.gateway.url, DELIVER, { id: orderId }, admin);
    expect(deliver.data?.markOrderDelivered.userErrors).toEqual([]);
    // The change was published while the page had no socket (graphql-ws waits at least 1.3 s to retry).
    expect(await page.getAttribute('#connection', 'data-state')).toBe('reconnecting');
    await page.locator(`#orders tr[data-order-id="${orderId}"][data-status=DELIVERED]`).waitFor({ timeout: 10_000 });
    await page.locator('#connection[data-state=live]').waitFor({ timeout: 5_000 });
    expect(sockets()).toBe(socketsBefore + 1);
    expect(await page.locator(`#orders tr[data-order-id="${orderId}"]`).count()).toBe(1);
    const cursorAfter = await page.evaluate(() => (globalThis as any).shopDashboard.cursor());
    expect(cursorAfter).not.toBe(cursorBefore);

    const offsite = browser.requested.filter((u) => !u.startsWith('data:') && new URL(u).host !== new URL(origin).host);
    expect(offsite).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('is off in production unless enabled', async () => {
    const { startGateway } = await import('@shop/gateway');
    const { readFileSync } = await import('node:fs');
    const { SUPERGRAPH_PATH } = await import('@shop/schema');
    const base = {
      port: 0,
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt: JWT,
      production: true,
      logger: createLogger('error'),
    };
    for (const [dashboard, status] of [
      [undefined, 404],
      [true, 200],
    ] as const) {
      const gateway = await startGateway({ ...base, dashboard });
      try {
        const res = await fetch(new URL('/dashboard', gateway.url));
        expect(res.status).toBe(status);
        if (status === 200) expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
      } finally {
        await gateway.close();
      }
    }
  });
});
