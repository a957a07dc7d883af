import path from 'node:path';
import { startAiSubgraph } from '@shop/ai-subgraph';
import { startGateway, type RunningGateway } from '@shop/gateway';
import { startInventorySubgraph } from '@shop/inventory-subgraph';
import type { Logger, StartedSubgraph, SubgraphRuntime } from '@shop/kit';
import { startOrdersSubgraph } from '@shop/orders-subgraph';
import { startPaymentsSubgraph } from '@shop/payments-subgraph';
import { startProductsSubgraph } from '@shop/products-subgraph';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '@shop/schema';
import { startSearchSubgraph } from '@shop/search-subgraph';
import { InMemoryEventBus, openEventBus, openPubSub, type EventBus, type PubSub } from '@shop/stores';
import { startUsersSubgraph } from '@shop/users-subgraph';
import { readFileSync } from 'node:fs';

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export interface StackOptions {
  logger: Logger;
  /** Folder for the embedded stores; everything in memory when absent (tests). */
  dataDir?: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Redis stream for events (tests use one of their own). */
  eventStream?: string;
  mongoUrl?: string;
  elasticsearchUrl?: string;
  /** Default ports (4000–4007) or free ones picked by the OS. */
  ports: 'default' | 'ephemeral';
  host?: string;
  gatewaySecret: string;
  jwt: { secret: string; issuer: string; audience: string; ttlSeconds: number; refreshTtlSeconds?: number };
  /** HMAC key of the card processor's webhooks (payments' PAYMENT_WEBHOOK_SECRET); demo value when absent. */
  paymentWebhookSecret?: string;
  /** Lifetime of carts (orders' CART_TTL_SECONDS). */
  cartTtlSeconds?: number;
  seed: boolean;
  now?: Date;
  production?: boolean;
  supergraphSdl?: string;
  observe?: SubgraphRuntime['observe'];
  /** Redis key prefix for carts (tests use one of their own). */
  cartKeyPrefix?: string;
  /** How long checkout reservations hold stock (inventory's RESERVATION_TTL_SECONDS). */
  reservationTtlSeconds?: number;
  /** Subgraphs served by other processes (multi-process tests): not started here; the gateway routes to these URLs. */
  externalSubgraphs?: Partial<Record<SubgraphName, string>>;
}

export interface Stack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, StartedSubgraph>;
  bus: EventBus;
  pubsub: PubSub;
  close(): Promise<void>;
}

/**
 * Starts all seven subgraphs and the gateway in this process, sharing one event bus: the
 * one-command development mode and the end-to-end tests. In production each runs on its own
 * (see docker-compose.yml) from its own src/main.ts.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const events = options.redisUrl
    ? await openEventBus(options.redisUrl, options.logger, options.eventStream)
    : { bus: new InMemoryEventBus(options.logger), close: async () => {} };
  const bus = events.bus;
  const pubsub = await openPubSub(options.redisUrl, options.logger);
  const port = (name: SubgraphName) => (options.ports === 'default' ? SUBGRAPHS.find((s) => s.name === name)!.port : 0);
  const dir = (name: string) => (options.dataDir ? path.join(options.dataDir, name) : undefined);
  const runtime = (name: SubgraphName): SubgraphRuntime => ({
    port: port(name),
    host: options.host,
    gatewaySecret: options.gatewaySecret,
    logger: options.logger,
    production: options.production,
    seed: options.seed,
    now: options.now,
    observe: options.observe,
  });
  const pg = (name: SubgraphName) => ({ ...runtime(name), databaseUrl: options.databaseUrl, dataDir: dir(name), bus });

  const started: StartedSubgraph[] = [];
  const track = async (p: Promise<StartedSubgraph>) => {
    const s = await p;
    started.push(s);
    return s;
  };
  /** Starts a subgraph here unless another process serves it; then a stand-in that only knows its URL. */
  const startHere = (name: SubgraphName, start: () => Promise<StartedSubgraph>): Promise<StartedSubgraph> => {
    const url = options.externalSubgraphs?.[name];
    if (!url) return track(start());
    return Promise.resolve({ name, url, port: Number(new URL(url).port), queryCount: () => 0, resetQueryCount: () => {}, close: async () => {} });
  };
  try {
    const [users, products, orders, payments, search, inventory, ai] = await Promise.all([
      track(startUsersSubgraph({ ...pg('users'), tokens: options.jwt })),
      track(startProductsSubgraph({ ...runtime('products'), mongoUrl: options.mongoUrl, dataDir: dir('products'), bus })),
      startHere('orders', () =>
        startOrdersSubgraph({
          ...pg('orders'),
          pubsub,
          redisUrl: options.redisUrl,
          cartKeyPrefix: options.cartKeyPrefix,
          cartTtlSeconds: options.cartTtlSeconds,
        }),
      ),
      track(startPaymentsSubgraph({ ...pg('payments'), webhookSecret: options.paymentWebhookSecret })),
      track(startSearchSubgraph({ ...runtime('search'), elasticsearchUrl: options.elasticsearchUrl, dataDir: dir('search'), bus })),
      track(startInventorySubgraph({ ...pg('inventory'), pubsub, reservationTtlSeconds: options.reservationTtlSeconds })),
      track(startAiSubgraph({ ...pg('ai'), pubsub })),
    ]);
    const subgraphs = { users, products, orders, payments, search, inventory, ai };
    const gateway = await startGateway({
      port: options.ports === 'default' ? 4000 : 0,
      host: options.host,
      supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      gatewaySecret: options.gatewaySecret,
      jwt: options.jwt,
      production: options.production,
      logger: options.logger,
    });
    return {
      gateway,
      subgraphs,
      bus,
      pubsub,
      async close() {
        await gateway.close();
        await Promise.all(started.map((s) => s.close()));
        await pubsub.close();
        await events.close();
      },
    };
  } catch (error) {
    await Promise.allSettled(started.map((s) => s.close()));
    await pubsub.close();
    await events.close();
    throw error;
  }
}
