import path from 'node:path';
import { startAiSubgraph } from '@shop/ai-subgraph';
import { startGateway, type GatewayServerOptions, type RunningGateway } from '@shop/gateway';
import { startInventorySubgraph } from '@shop/inventory-subgraph';
import type { Logger, StartedSubgraph, SubgraphRuntime } from '@shop/kit';
import { startOrdersSubgraph } from '@shop/orders-subgraph';
import { startPaymentsSubgraph, type PaymentsSubgraphOptions } from '@shop/payments-subgraph';
import { startProductsSubgraph } from '@shop/products-subgraph';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '@shop/schema';
import { startSearchSubgraph } from '@shop/search-subgraph';
import { InMemoryEventBus, openEventBus, openPubSub, type EventBus, type PubSub } from '@shop/stores';
import { startUsersSubgraph, type MailSettings, type UsersSubgraphOptions } from '@shop/users-subgraph';
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
  /** Consumer identity and redelivery of the Redis event bus (REPLICA_ID, EVENT_CLAIM_IDLE_MS, EVENT_MAX_DELIVERIES). */
  eventBus?: { replicaId?: string; claimIdleMs?: number; maxDeliveries?: number };
  /** How long a checkout step may stall before orders and inventory re-drive it (SAGA_STEP_DEADLINE_MS). */
  sagaStepDeadlineMs?: number;
  mongoUrl?: string;
  elasticsearchUrl?: string;
  /** Default ports (4000–4007) or free ones picked by the OS. */
  ports: 'default' | 'ephemeral';
  host?: string;
  gatewaySecret: string;
  jwt: { secret: string; issuer: string; audience: string; ttlSeconds: number; refreshTtlSeconds?: number };
  /** HMAC key of the card processor's webhooks (payments' PAYMENT_WEBHOOK_SECRET); demo value when absent. */
  paymentWebhookSecret?: string;
  /** The ai subgraph's assistant model (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL); offline when absent. */
  llm?: { baseUrl?: string; apiKey?: string; model?: string };
  /** Lifetime of carts (orders' CART_TTL_SECONDS). */
  cartTtlSeconds?: number;
  seed: boolean;
  now?: Date;
  production?: boolean;
  supergraphSdl?: string;
  observe?: SubgraphRuntime['observe'];
  /** Partner webhook settings of the users subgraph (its WEBHOOK_* variables); payloads come from this stack's gateway. */
  webhooks?: Omit<NonNullable<UsersSubgraphOptions['webhooks']>, 'gatewayUrl'>;
  /** Redis key prefix for carts (tests use one of their own). */
  cartKeyPrefix?: string;
  /** Prefix of the users subgraph's sign-in throttle keys in Redis (tests give each run its own). */
  throttleKeyPrefix?: string;
  /** Customer emails from the users subgraph (SMTP_URL, MAIL_FROM, MAIL_OUTBOX_DIR); none when absent. */
  mail?: MailSettings;
  /** How long checkout reservations hold stock (inventory's RESERVATION_TTL_SECONDS). */
  reservationTtlSeconds?: number;
  /** How often lapsed holds are released (inventory's RESERVATION_SWEEP_MS). */
  reservationSweepMs?: number;
  /**
   * Fraud review in the checkout saga (payments' RISK_WAIT_MS and FRAUD_REVIEW): how long a payment
   * waits for ai's assessment and whether HIGH risk holds it. Default: 60 s, holds.
   */
  fraudReview?: { waitMs: number; hold: boolean };
  /** The card processor (payments' PAYMENT_PROVIDER). */
  paymentProvider?: PaymentsSubgraphOptions['provider'];
  /** Subgraphs served by other processes (multi-process tests): not started here; the gateway routes to these URLs. */
  externalSubgraphs?: Partial<Record<SubgraphName, string>>;
  /**
   * Gateway settings beyond the ones the stack owns (CORS, socket limits, deadlines, port …): the
   * launcher passes what the gateway's own environment schema parsed, so each variable means the
   * same as for the standalone gateway.
   */
  gateway?: Partial<Omit<GatewayServerOptions, 'subgraphUrls' | 'gatewaySecret' | 'jwt' | 'logger'>>;
}

export interface Stack {
  gateway: RunningGateway;
  /** The gateway's /ready: 200 once every subgraph has caught up with the event backlog. */
  readyUrl: string;
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
    ? await openEventBus(options.redisUrl, options.logger, { stream: options.eventStream, ...options.eventBus })
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
  // The users subgraph's webhooks build payloads through the gateway, which starts last.
  let gatewayUrl: string | undefined;
  try {
    const [users, products, orders, payments, search, inventory, ai] = await Promise.all([
      startHere('users', () =>
        startUsersSubgraph({
          ...pg('users'),
          tokens: options.jwt,
          redisUrl: options.redisUrl,
          throttleKeyPrefix: options.throttleKeyPrefix,
          webhooks: { gatewayUrl: () => gatewayUrl, ...options.webhooks },
          mail: options.mail,
        }),
      ),
      startHere('products', () => startProductsSubgraph({ ...runtime('products'), mongoUrl: options.mongoUrl, dataDir: dir('products'), bus })),
      startHere('orders', () =>
        startOrdersSubgraph({
          ...pg('orders'),
          pubsub,
          redisUrl: options.redisUrl,
          cartKeyPrefix: options.cartKeyPrefix,
          cartTtlSeconds: options.cartTtlSeconds,
          sagaStepDeadlineMs: options.sagaStepDeadlineMs,
        }),
      ),
      startHere('payments', () =>
        startPaymentsSubgraph({
          ...pg('payments'),
          webhookSecret: options.paymentWebhookSecret,
          provider: options.paymentProvider,
          review: options.fraudReview ?? { waitMs: 60_000, hold: true },
        }),
      ),
      startHere('search', () => startSearchSubgraph({ ...runtime('search'), elasticsearchUrl: options.elasticsearchUrl, dataDir: dir('search'), bus })),
      startHere('inventory', () =>
        startInventorySubgraph({
          ...pg('inventory'),
          pubsub,
          reservationTtlSeconds: options.reservationTtlSeconds,
          reservationSweepMs: options.reservationSweepMs,
          sagaStepDeadlineMs: options.sagaStepDeadlineMs,
        }),
      ),
      startHere('ai', () => startAiSubgraph({ ...pg('ai'), pubsub, llm: options.llm })),
    ]);
    const subgraphs = { users, products, orders, payments, search, inventory, ai };
    const gateway = await startGateway({
      port: options.ports === 'default' ? 4000 : 0,
      host: options.host,
      supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
      production: options.production,
      ...options.gateway,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      gatewaySecret: options.gatewaySecret,
      jwt: options.jwt,
      logger: options.logger,
    });
    gatewayUrl = new URL(gateway.url).origin;
    return {
      gateway,
      readyUrl: gateway.url.replace(/\/graphql$/, '/ready'),
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

/** Polls a /ready URL until it answers 200 (the launcher waits on it before saying "ready"). */
export async function waitUntilReady(url: string, timeoutMs = 15 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`the stack did not become ready within ${timeoutMs / 1000} s (${url})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
