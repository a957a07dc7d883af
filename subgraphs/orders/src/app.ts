import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import {
  aboutOrders,
  InProcessPubSub,
  openPostgres,
  openRedis,
  pingRedis,
  republishFromOutbox,
  startOutboxRelay,
  type EventBus,
  type OutboxRelay,
  type PubSub,
  caughtUp,
} from '@shop/stores';
import { and, eq } from 'drizzle-orm';
import { parse } from 'graphql';
import type { Context } from './context';
import { DEFAULT_CART_TTL_SECONDS, type CartStore } from './db/cart-store';
import { createCatalogStore } from './db/catalog-store';
import { createOrderFeedStore } from './db/order-feed-store';
import { createOrderStore } from './db/order-store';
import { createSalesStore } from './db/sales-store';
import { createPgCartStore, deleteExpiredCarts } from './db/pg-cart-store';
import { createRedisCartStore } from './db/redis-cart-store';
import { outbox, schema } from './db/schema';
import { retiringCheckedOutCarts } from './services/live-carts';
import { startCartRestoreConsumer } from './events/cart-restore-consumer';
import { startOrderConsumer } from './events/consumer';
import { liveOrderPublisher } from './events/live-orders';
import { ORDER_UPDATED } from './events/order-events';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { seedOrders } from './seed';
import { createCartCommands } from './services/cart-commands';
import { createCartService } from './services/cart-service';
import { createCheckoutService } from './services/checkout-service';
import { createOrderLifecycleService } from './services/order-lifecycle-service';
import { createOrderService } from './services/order-service';
import { createOrderTrackingService } from './services/order-tracking-service';
import { createSalesService } from './services/sales-service';
import { DEFAULT_SAGA_STEP_DEADLINE_MS, startSagaSweeper } from './services/saga-sweeper';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export interface OrdersSubgraphOptions extends SubgraphRuntime {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
  /** Carts in Redis when set; in the subgraph's Postgres otherwise. */
  redisUrl?: string;
  /** Namespace of the Redis cart keys; default `shop:cart:`. */
  cartKeyPrefix?: string;
  /** A cart not written for this long expires; default 14 days. */
  cartTtlSeconds?: number;
  /** Run the outbox relay (default true). Off: committed events wait in the outbox (crash tests). */
  relay?: boolean;
  /** Live fan-out for order tracking (Redis pub/sub across replicas); a private in-process one when absent. */
  pubsub?: PubSub;
  /** A checkout unchanged this long in PENDING/RESERVED has its events published again (SAGA_STEP_DEADLINE_MS). */
  sagaStepDeadlineMs?: number;
  /**
   * Fault injection (CRASH_AFTER_CHECKOUT_COMMIT, the fault suite): the process kills itself with
   * SIGKILL right after the first checkout committed, before it answered, published or retired the
   * cart. Refused in production.
   */
  crashAfterCheckoutCommit?: boolean;
}

const SWEEP_EXPIRED_CARTS_MS = 60 * 60 * 1000;

export async function startOrdersSubgraph(options: OrdersSubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'orders' });
  if (options.crashAfterCheckoutCommit && options.production) throw new Error('CRASH_AFTER_CHECKOUT_COMMIT is fault injection; it is refused in production');
  const clock = () => new Date();
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'orders' });
  const redis = options.redisUrl ? await openRedis(options.redisUrl) : undefined;
  const ttlSeconds = options.cartTtlSeconds ?? DEFAULT_CART_TTL_SECONDS;
  const rawCarts: CartStore = redis ? createRedisCartStore(redis, { ttlSeconds, keyPrefix: options.cartKeyPrefix }) : createPgCartStore(pg.db, { ttlSeconds });
  const orderStore = createOrderStore(pg.db);
  const cartStore = retiringCheckedOutCarts(rawCarts, (ids) => orderStore.checkedOutCartIds(ids), logger);
  const catalogStore = createCatalogStore(pg.db);
  const feedStore = createOrderFeedStore(pg.db);
  const salesStore = createSalesStore(pg.db);
  if (options.seed) await seedOrders(orderStore, cartStore, logger, options.now ?? new Date());

  const pubsub = options.pubsub ?? new InProcessPubSub(logger);
  // Relayed order.updated events fan out to live subscribers, from whichever replica relayed them.
  const relay: OutboxRelay | undefined =
    options.relay === false
      ? undefined
      : startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger, onPublished: liveOrderPublisher(pubsub) });
  /**
   * After a commit that wrote events, publish them before answering (or before acknowledging the
   * event that caused them): whoever sees the change done also finds its event on the bus, so "the
   * bus has nothing pending" means the saga has settled. Best effort: the outbox still guarantees
   * delivery when this fails.
   */
  const publishCommitted = async () => {
    await relay?.flush();
  };
  const crashNow = async () => {
    logger.warn('CRASH_AFTER_CHECKOUT_COMMIT: a checkout committed; killing this process now (fault injection)');
    process.kill(process.pid, 'SIGKILL');
    await new Promise(() => {});
  };
  const consumer = await startOrderConsumer({
    bus: options.bus,
    db: pg.backgroundDb,
    logger,
    onChange: publishCommitted,
    // Inventory re-drives a reservation whose outcome it never heard: tell it again how the order went.
    redrive: async (orderId) =>
      void (await republishFromOutbox(pg.backgroundDb, outbox, options.bus, and(aboutOrders(outbox, [orderId]), eq(outbox.type, ORDER_UPDATED))!)),
  });
  const sagaSweeper = startSagaSweeper({
    db: pg.backgroundDb,
    bus: options.bus,
    logger,
    deadlineMs: options.sagaStepDeadlineMs ?? DEFAULT_SAGA_STEP_DEADLINE_MS,
  });
  const cartRestore = await startCartRestoreConsumer({ bus: options.bus, orders: orderStore, carts: cartStore, logger });
  const sweep = redis ? undefined : setInterval(() => void deleteExpiredCarts(pg.backgroundDb).catch(() => {}), SWEEP_EXPIRED_CARTS_MS);
  sweep?.unref();

  const server = await startSubgraphServer<Context>({
    name: 'orders',
    typeDefs,
    resolvers,
    port: options.port,
    host: options.host,
    gatewaySecret: options.gatewaySecret,
    production: options.production,
    observe: options.observe,
    processHealth: options.processHealth,
    logger,
    subscriptions: true,
    health: { database: pg.ping, ...(redis ? { carts: () => pingRedis(redis) } : {}) },
    readiness: caughtUp(options.bus, relay ? [relay] : []),
    createContext: (identity, requestLogger) => {
      const loaders = createLoaders(orderStore, cartStore, catalogStore);
      return {
        identity,
        logger: requestLogger,
        loaders,
        orders: createOrderService(orderStore, identity, loaders),
        carts: createCartService(cartStore, identity, loaders),
        cartCommands: createCartCommands(cartStore, identity, loaders, (cartId) => salesStore.recordCartStart(cartId)),
        sales: createSalesService(salesStore, identity),
        checkout: createCheckoutService({
          db: pg.db,
          carts: cartStore,
          identity,
          loaders,
          logger: requestLogger,
          now: clock,
          onPlaced: options.crashAfterCheckoutCommit ? crashNow : publishCommitted,
        }),
        lifecycle: createOrderLifecycleService(pg.db, identity, loaders, publishCommitted, clock),
        tracking: createOrderTrackingService(orderStore, feedStore, pubsub, identity, loaders),
      };
    },
  });

  return startedSubgraph(
    server,
    pg,
    async () => void (await Promise.all([consumer.stop(), cartRestore.stop()])),
    () => sagaSweeper.stop(),
    async () => {
      if (sweep) clearInterval(sweep);
      await relay?.stop();
      if (!options.pubsub) await pubsub.close();
    },
    async () => redis?.destroy(),
    () => pg.close(),
  );
}
