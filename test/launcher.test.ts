import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, rawSocket, record } from '../gateway/test/ws-client';
import { launcherOptions } from '../scripts/launcher-config';
import { startStack, type Stack } from '../scripts/stack';
import { gql } from './support';

const APP_ORIGIN = 'http://shop-frontend.test:5173';
const SUBSCRIBE = 'subscription { inventoryChanged(productIds: ["prd_0001"]) { available } }';

/**
 * `pnpm start` reads the same gateway variables as the standalone gateway: started from an
 * environment with non-default values, the one-process stack observes each of them, and it says
 * ready only once the event-built read models hold the seeded shop.
 */
describe('one-process launcher configuration', () => {
  let stack: Stack;
  let dataDir: string;
  let wsUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'shop-launcher-'));
    const options = launcherOptions({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      CORS_ORIGINS: APP_ORIGIN,
      WS_CONNECTION_INIT_TIMEOUT_MS: '250',
      WS_MAX_MESSAGE_BYTES: '2048',
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '2',
    });
    stack = await startStack({ ...options, ports: 'ephemeral' });
    wsUrl = stack.gateway.url.replace(/^http/, 'ws');
  });
  afterAll(async () => {
    await stack?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('says ready only when search and recommendations hold the seeded shop', async () => {
    await waitFor(
      async () => {
        return (await fetch(stack.readyUrl)).status === 200;
      },
      { timeoutMs: 170_000, intervalMs: 100, message: 'the gateway to report ready' },
    );
    // Nothing is awaited past "ready": the read models must already be complete.
    const search = await gql(stack.gateway.url, '{ search(query: "", first: 1) { totalCount } }');
    expect(search.data?.search?.totalCount).toBe(520);
    const recs = await gql(stack.gateway.url, '{ products(first: 20) { edges { node { recommendations(first: 3) { id } } } } }');
    const withRecs = recs.data!.products.edges.filter((e: { node: { recommendations: unknown[] } }) => e.node.recommendations.length > 0);
    expect(withRecs.length).toBeGreaterThan(10);
    const body = (await (await fetch(stack.readyUrl)).json()) as { status: string };
    expect(body.status).toBe('ready');
  }, 180_000);

  it('allows the configured browser origin over HTTP and on the graphql-ws upgrade, and no other', async () => {
    const preflight = await fetch(stack.gateway.url, {
      method: 'OPTIONS',
      headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const other = await fetch(stack.gateway.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const allowed = rawSocket(wsUrl, { headers: { origin: APP_ORIGIN } });
    await allowed.opened;
    allowed.send({ type: 'connection_init' });
    await waitFor(() => allowed.messages[0]?.type === 'connection_ack');
    allowed.socket.terminate();
    expect(await rawSocket(wsUrl, { headers: { origin: 'http://localhost:3000' } }).refused).toBe(403);
  });

  it('closes with 4408 after the configured connection_init timeout', async () => {
    const s = rawSocket(wsUrl);
    await s.opened;
    const opened = Date.now();
    expect((await s.closed).code).toBe(4408);
    expect(Date.now() - opened).toBeLessThan(2_000);
  });

  it('closes with 1009 a message over the configured size', async () => {
    const s = rawSocket(wsUrl);
    await s.opened;
    s.send({ type: 'connection_init' });
    await waitFor(() => s.messages.length === 1);
    s.send({ id: '1', type: 'subscribe', payload: { query: `${SUBSCRIBE} # ${'x'.repeat(3 * 1024)}` } });
    expect((await s.closed).code).toBe(1009);
  });

  it('refuses a subscription past the configured per-socket cap', async () => {
    const client = connect(wsUrl);
    try {
      const running = [1, 2].map(() => record(client, { query: SUBSCRIBE }));
      const extra = record(client, { query: SUBSCRIBE });
      await extra.ended;
      expect(extra.error).toEqual([{ message: 'This connection already has 2 subscriptions (limit 2).', extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }]);
      expect(running.every((r) => r.error === undefined)).toBe(true);
    } finally {
      await client.dispose();
    }
  });
});
