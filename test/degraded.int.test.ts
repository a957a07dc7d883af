import { createServer } from 'node:net';
import { startInventorySubgraph } from '@shop/inventory-subgraph';
import { createLogger, DEMO_SECRETS, type StartedSubgraph } from '@shop/kit';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../scripts/stack';
import { gql, JWT } from './support';

/**
 * The real supergraph with the inventory subgraph stopped: the catalogue still lists products,
 * with `inventory: null` and SUBGRAPH_UNAVAILABLE; the breaker opens; inventory comes back on the
 * same port and the gateway closes the breaker by itself.
 */
const logger = createLogger('silent');
const LIST = '{ products(first: 3) { edges { node { id name inventory { available } } } } }';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe('the catalogue while inventory is down', () => {
  let stack: Stack;
  let inventory: StartedSubgraph | null = null;
  let port: number;
  const startInventory = async () =>
    (inventory = await startInventorySubgraph({ port, gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET, logger, seed: true, bus: stack.bus, pubsub: stack.pubsub }));

  beforeAll(async () => {
    port = await freePort();
    stack = await startStack({
      logger,
      ports: 'ephemeral',
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      jwt: JWT,
      seed: true,
      externalSubgraphs: { inventory: `http://127.0.0.1:${port}/graphql` },
      gateway: { timeoutMs: 2000, breaker: { failureThreshold: 2, coolDownMs: 300 } },
    });
    await startInventory();
  }, 120_000);
  afterAll(async () => {
    await inventory?.close();
    await stack?.close();
  });

  it('answers with products and inventory: null, opens the breaker, and recovers', async () => {
    const up = await gql(stack.gateway.url, LIST);
    expect(up.errors).toBeUndefined();
    expect(up.data.products.edges[0].node.inventory.available).toEqual(expect.any(Number));

    await inventory!.close();
    inventory = null;
    for (let i = 0; i < 3; i++) {
      const down = await gql(stack.gateway.url, LIST);
      expect(down.status).toBe(200);
      expect(down.data.products.edges).toHaveLength(3);
      for (const edge of down.data.products.edges) expect(edge.node).toEqual({ id: expect.any(String), name: expect.any(String), inventory: null });
      expect(down.errors?.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE' }]);
      expect(JSON.stringify(down.errors)).not.toMatch(new RegExp(`inventory|serviceName|${port}`, 'i'));
    }

    await startInventory();
    await waitFor(async () => typeof (await gql(stack.gateway.url, LIST)).data?.products?.edges?.[0]?.node?.inventory?.available === 'number', {
      timeoutMs: 15_000,
      message: 'inventory fields to come back after the cool-down',
    });
  }, 60_000);
});
