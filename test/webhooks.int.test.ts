import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoCatalog, DEMO_CREDENTIALS } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { createTestDatabase, TEST_DATABASE_URL, waitFor } from '@shop/testing';
import { startUsersSubgraph } from '@shop/users-subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shopper } from './shopper';
import { bootStack, gql, JWT, login, stackTargets } from './support';
import { WebhookReceiver } from './webhook-receiver';

/**
 * Partner webhooks end to end: the users subgraph (its own process lifetime here: stopped and
 * restarted) consumes the platform's events, the gateway builds each payload from the webhook's
 * subscription document with fields from several subgraphs, and real HTTP receivers verify the
 * signatures while they go down and come back.
 */
const DOCUMENT = (productId: string) =>
  `subscription { inventoryChanged(productIds: ["${productId}"]) { available inStock product { id name } variants { available variant { sku } } } }`;
const POLICY = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 400, disableAfterFailures: 6 };
const { products } = demoCatalog();

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`partner webhooks — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let users: StartedSubgraph | null = null;
    let usersPort: number;
    let admin: Shopper;
    let token: string;
    let dataDir: string;
    let database: { url: string; drop(): Promise<void> } | undefined;
    const receivers: WebhookReceiver[] = [];

    const startUsers = async () => {
      users = await startUsersSubgraph({
        port: usersPort,
        host: '127.0.0.1',
        gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
        logger: createLogger('error'),
        seed: true,
        bus: stack.bus,
        databaseUrl: database?.url,
        dataDir: database ? undefined : dataDir,
        tokens: JWT,
        webhooks: { gatewayUrl: new URL(stack.gateway.url).origin, allowInsecureTargets: true, policy: POLICY, pollMs: 50, timeoutMs: 2000 },
      });
    };
    const api = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await gql(stack.gateway.url, query, variables, token);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data;
    };
    const register = async (receiver: WebhookReceiver, productId: string) => {
      const data = await api(
        `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id enabled eventTypes } secret userErrors { code message } } }`,
        { input: { name: `stock of ${productId}`, targetUrl: receiver.url, query: DOCUMENT(productId) } },
      );
      expect(data.createWebhook.userErrors).toEqual([]);
      receiver.secret = data.createWebhook.secret;
      return data.createWebhook.webhook.id as string;
    };
    const deliveries = async (webhookId: string) =>
      (
        await api(
          `query($id: ID) { webhookDeliveries(webhookId: $id, first: 100) { edges { node { id eventId status attemptCount payload attempts { number statusCode error } } } } }`,
          { id: webhookId },
        )
      ).webhookDeliveries.edges.map((e: { node: unknown }) => e.node) as {
        id: string;
        eventId: string;
        status: string;
        attemptCount: number;
        payload: string | null;
        attempts: { number: number; statusCode: number | null; error: string | null }[];
      }[];
    const webhook = async (id: string) =>
      (
        (await api('{ webhooks { id enabled disabledReason consecutiveFailures } }')).webhooks as {
          id: string;
          enabled: boolean;
          disabledReason: string | null;
          consecutiveFailures: number;
        }[]
      ).find((w) => w.id === id)!;
    /** One stock change of the product's first variant: one inventory.stock_changed event. */
    const bump = async (product: (typeof products)[number]) => {
      const variant = product.variants[0]!;
      const [level] = await admin.levels(product.id, variant.id);
      await admin.adjustStock(variant.id, level!.warehouseId, 1);
    };
    const newReceiver = async () => {
      const r = new WebhookReceiver();
      receivers.push(r);
      await r.up();
      return r;
    };

    beforeAll(async () => {
      usersPort = await freePort();
      dataDir = mkdtempSync(path.join(tmpdir(), 'webhooks-users-'));
      database = target.real ? await createTestDatabase(TEST_DATABASE_URL!) : undefined;
      stack = await bootStack(target, { externalSubgraphs: { users: `http://127.0.0.1:${usersPort}/graphql` } });
      await startUsers();
      token = await login(stack.gateway.url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password);
      admin = new Shopper(stack.gateway.url, token);
    }, 240_000);
    afterAll(async () => {
      await Promise.all(receivers.map((r) => r.down()));
      await users?.close();
      await stack?.dispose();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('delivers a signed payload built from the subscription document, with fields from other subgraphs', async () => {
      const product = products[400]!;
      const receiver = await newReceiver();
      const id = await register(receiver, product.id);
      await bump(product);
      await bump(products[401]!); // another product: not this webhook's
      await waitFor(() => receiver.received.length >= 1, { timeoutMs: 30_000, message: 'the delivery' });
      const [got] = receiver.received;
      expect(got!.verified).toBe(true);
      expect(got!.headers['shop-webhook-event']).toBe('inventory.stock_changed');
      const body = JSON.parse(got!.body);
      expect(body).toMatchObject({ webhookId: id, eventType: 'inventory.stock_changed', deliveryId: got!.headers['shop-webhook-delivery'] });
      expect(body.errors).toBeUndefined();
      expect(body.data.inventoryChanged.product).toEqual({ id: product.id, name: product.name });
      expect(body.data.inventoryChanged.variants.map((v: { variant: { sku: string } }) => v.variant.sku)).toContain(product.variants[0]!.sku);
      const [logged] = await waitFor(async () => {
        const list = await deliveries(id);
        return list.length === 1 && list[0]!.status === 'DELIVERED' ? list : null;
      });
      expect(logged!.attempts).toEqual([{ number: 1, statusCode: 204, error: null }]);
      expect(logged!.payload).toBe(got!.body);
      expect(receiver.received).toHaveLength(1);
    });

    it('retries while the receiver is down and delivers once it is back; redelivery by hand resends the same body', async () => {
      const product = products[402]!;
      const receiver = await newReceiver();
      const id = await register(receiver, product.id);
      await receiver.down();
      await bump(product);
      await waitFor(async () => ((await deliveries(id))[0]?.attemptCount ?? 0) >= 2, { timeoutMs: 30_000, message: 'two failed attempts' });
      await receiver.up();
      const [delivered] = await waitFor(async () => {
        const list = await deliveries(id);
        return list[0]?.status === 'DELIVERED' ? list : null;
      });
      const failed = delivered!.attempts.slice(0, -1);
      expect(failed.length).toBeGreaterThanOrEqual(2);
      for (const a of failed) expect(a).toMatchObject({ statusCode: null, error: expect.stringContaining('ECONNREFUSED') });
      expect(delivered!.attempts.at(-1)).toMatchObject({ statusCode: 204, error: null });
      expect(receiver.of(delivered!.id)).toHaveLength(1);
      expect((await webhook(id)).consecutiveFailures).toBe(0);

      const redo = await api(`mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { delivery { id status } userErrors { code } } }`, { id: delivered!.id });
      expect(redo.redeliverWebhookDelivery).toEqual({ delivery: { id: delivered!.id, status: 'PENDING' }, userErrors: [] });
      await waitFor(() => receiver.of(delivered!.id).length === 2, { message: 'the redelivery' });
      const [first, again] = receiver.of(delivered!.id);
      expect(again!.body).toBe(first!.body);
      expect(again!.verified).toBe(true);
      await waitFor(async () => (await deliveries(id))[0]!.status === 'DELIVERED');
      expect((await deliveries(id))[0]!.attemptCount).toBe(delivered!.attemptCount + 1);
      const missing = await api(`mutation { redeliverWebhookDelivery(id: "nope") { delivery { id } userErrors { code } } }`);
      expect(missing.redeliverWebhookDelivery).toEqual({ delivery: null, userErrors: [{ code: 'DELIVERY_NOT_FOUND' }] });
    });

    it('dead-letters a delivery after its last attempt and disables an endpoint that keeps failing, until re-enabled', async () => {
      const product = products[403]!;
      const receiver = await newReceiver();
      const id = await register(receiver, product.id);
      await receiver.down();
      await bump(product);
      const [dead] = await waitFor(async () => {
        const list = await deliveries(id);
        return list[0]?.status === 'DEAD' ? list : null;
      });
      expect(dead!.attempts).toHaveLength(POLICY.maxAttempts);
      expect((await webhook(id)).enabled).toBe(true);
      await bump(product); // 2 more failures reach the threshold of 6
      const disabled = await waitFor(async () => {
        const w = await webhook(id);
        return w.enabled ? null : w;
      });
      expect(disabled.disabledReason).toMatch(/after 6 failed attempts in a row/);
      const pending = (await deliveries(id)).find((d) => d.status === 'PENDING')!;
      expect(pending.attemptCount).toBe(2);
      // While disabled nothing is attempted, and new events are not queued for it.
      await bump(product);
      await waitFor(async () => (await stack.bus.backlog()).pending === 0, { message: 'the events to be handled' });
      expect(await deliveries(id)).toHaveLength(2);
      expect(receiver.received).toHaveLength(0);

      await receiver.up();
      const enabled = await api(
        `mutation($id: ID!) { setWebhookEnabled(id: $id, enabled: true) { webhook { enabled disabledReason consecutiveFailures } userErrors { code } } }`,
        { id },
      );
      expect(enabled.setWebhookEnabled).toEqual({ webhook: { enabled: true, disabledReason: null, consecutiveFailures: 0 }, userErrors: [] });
      await waitFor(() => receiver.of(pending.id).length === 1, { message: 'the pending delivery after re-enabling' });
      // The dead one stays dead until redelivered by hand.
      expect(receiver.of(dead!.id)).toHaveLength(0);
    });

    it('loses and duplicates nothing across a restart of the users subgraph', async () => {
      const product = products[404]!;
      const receiver = await newReceiver();
      await register(receiver, product.id);
      await bump(product);
      await waitFor(() => receiver.received.length === 1, { timeoutMs: 30_000, message: 'the first delivery' });
      await users!.close();
      users = null;
      // Events that occur while the dispatcher is down wait in its consumer group.
      await bump(product);
      await bump(product);
      await startUsers();
      await waitFor(() => receiver.received.length >= 3, { timeoutMs: 30_000, message: 'the deliveries of the events during the outage' });
      await waitFor(async () => (await stack.bus.backlog()).pending === 0, { message: 'the events to be handled' });
      await bump(product);
      await waitFor(() => receiver.received.length >= 4, { timeoutMs: 30_000, message: 'a delivery after the restart' });
      const ids = receiver.received.map((r) => r.headers['shop-webhook-delivery']);
      const events = receiver.received.map((r) => JSON.parse(r.body).eventId);
      expect(new Set(ids).size).toBe(4);
      expect(new Set(events).size).toBe(4);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      const levels = receiver.received.map((r) => JSON.parse(r.body).data.inventoryChanged.available as number);
      // Four +1 changes: four consecutive levels (the two queued during the outage may arrive in either order).
      const sorted = [...levels].sort((a, b) => a - b);
      expect(sorted).toEqual(sorted.map((_, i) => sorted[0]! + i));
    });

    it('refuses documents and targets that cannot work, and non-admins', async () => {
      const create = (input: Record<string, string>, as = token) =>
        gql(
          stack.gateway.url,
          `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } userErrors { code field } } }`,
          { input },
          as,
        );
      const base = { name: 'x', targetUrl: 'http://127.0.0.1:1/x', query: DOCUMENT(products[0]!.id) };
      for (const [input, code] of [
        [{ ...base, query: '{ me { id } }' }, 'INVALID_QUERY'],
        [{ ...base, query: 'subscription { inventoryChanged { nope } }' }, 'INVALID_QUERY'],
        [{ ...base, query: 'subscription($p: [ID!]) { inventoryChanged(productIds: $p) { available } }' }, 'INVALID_QUERY'],
        [{ ...base, query: 'subscription { chatMessageAdded(conversationId: "c") { id } }' }, 'INVALID_QUERY'],
        [{ ...base, targetUrl: 'ftp://example.com/x' }, 'INVALID_TARGET_URL'],
        [{ ...base, name: ' ' }, 'INVALID_NAME'],
      ] as const) {
        const res = await create(input);
        expect(res.data?.createWebhook, JSON.stringify(input)).toEqual({ webhook: null, userErrors: [{ code, field: expect.any(String) }] });
      }
      const customer = await login(stack.gateway.url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
      const refused = await create(base, customer);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // The internal routes that build payloads answer signed callers only.
      const body = JSON.stringify({ query: DOCUMENT(products[0]!.id), root: { productId: products[0]!.id } });
      const headers = { 'content-type': 'application/json' };
      const gatewayRoute = await fetch(new URL('/internal/event-payload', stack.gateway.url), { method: 'POST', headers, body });
      expect(gatewayRoute.status).toBe(401);
      const subgraphRoute = await fetch(stack.subgraphs.inventory.url.replace(/\/graphql$/, '/internal/execute-event'), { method: 'POST', headers, body });
      expect(subgraphRoute.status).toBe(401);
    });
  });
}
