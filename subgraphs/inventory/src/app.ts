import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startedSubgraph, startSubgraphServer, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import {
  aboutOrders,
  caughtUp,
  DEFAULT_SAGA_STEP_DEADLINE_MS,
  InProcessPubSub,
  openPostgres,
  republishFromOutbox,
  startOutboxRelay,
  startRedriveLoop,
  type EventBus,
  type PubSub,
} from '@shop/stores';
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { parse } from 'graphql';
import type { Context } from './context';
import { createInventoryStore } from './db/inventory-store';
import { createReservationStore } from './db/reservation-store';
import { outbox, reservations as reservationTable, schema } from './db/schema';
import { DEFAULT_RESERVATION_SWEEP_MS, DEFAULT_RESERVATION_TTL_SECONDS, DEFAULT_REVIEW_HOLD_SECONDS } from './domain/reservation';
import { sagaHandlers, startEventConsumer } from './events/consumer';
import { liveStockPublisher } from './events/live-stock';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { seedInventory } from './seed';
import { startReservationSweeper } from './services/reservation-sweeper';
import { createStockService } from './services/stock-service';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
export const migrationsFolder = fileURLToPath(new URL('./db/migrations', import.meta.url));

export interface InventorySubgraphOptions extends SubgraphRuntime {
  /** Real Postgres; embedded PGlite when absent. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
  bus: EventBus;
  /** Live fan-out for the stock subscriptions; a private in-process one when absent. */
  pubsub?: PubSub;
  /** How long a reservation holds stock before the sweeper releases it (default 900 s). */
  reservationTtlSeconds?: number;
  /** How long an order held for fraud review keeps its stock (default 3 days). */
  reviewHoldSeconds?: number;
  /** Pause between two sweeps for lapsed reservations (default 5000 ms). */
  reservationSweepMs?: number;
  /** A reservation ACTIVE this long has its events published again (SAGA_STEP_DEADLINE_MS). */
  sagaStepDeadlineMs?: number;
}

export async function startInventorySubgraph(options: InventorySubgraphOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'inventory' });
  const pg = await openPostgres({ url: options.databaseUrl, dataDir: options.dataDir, schema, migrationsFolder, pgSchema: 'inventory' });
  const store = createInventoryStore(pg.db);
  if (options.seed) await seedInventory(store, logger);
  const pubsub = options.pubsub ?? new InProcessPubSub(logger);
  const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger, onPublished: liveStockPublisher(pubsub) });
  const afterWrite = () => relay.notify();
  const stock = createStockService(store, { afterWrite });

  // The saga's consumer and the sweeper work in the background: their queries are not counted.
  const background = createReservationStore(pg.backgroundDb);
  const ttlSeconds = options.reservationTtlSeconds ?? DEFAULT_RESERVATION_TTL_SECONDS;
  const consumer = await startEventConsumer(
    options.bus,
    sagaHandlers(background, {
      ttlSeconds,
      reviewHoldSeconds: options.reviewHoldSeconds ?? DEFAULT_REVIEW_HOLD_SECONDS,
      logger,
      afterWrite,
      redrive: async (orderIds) => void (await republishFromOutbox(pg.backgroundDb, outbox, options.bus, aboutOrders(outbox, orderIds))),
    }),
  );
  // A reservation still ACTIVE past the step deadline may have had its outcome lost on the bus:
  // publishing inventory.reserved again makes orders answer with how the order went.
  const redrive = startRedriveLoop({
    db: pg.backgroundDb,
    table: outbox,
    bus: options.bus,
    logger,
    what: 'reservations',
    deadlineMs: options.sagaStepDeadlineMs ?? DEFAULT_SAGA_STEP_DEADLINE_MS,
    stalled: async (staleBefore, limit) =>
      (
        await pg.backgroundDb
          .select({ orderId: reservationTable.orderId })
          .from(reservationTable)
          .where(
            // Held for fraud review: waiting for staff, not for a lost event.
            and(eq(reservationTable.status, 'ACTIVE'), isNull(reservationTable.heldForReviewAt), lt(reservationTable.createdAt, staleBefore.toISOString())),
          )
          .orderBy(asc(reservationTable.createdAt))
          .limit(limit)
      ).map((r) => r.orderId),
  });
  const sweeper = startReservationSweeper(background, { intervalMs: options.reservationSweepMs ?? DEFAULT_RESERVATION_SWEEP_MS, logger, afterWrite });
  const reservations = createReservationStore(pg.db);

  const server = await startSubgraphServer<Context>({
    name: 'inventory',
    typeDefs,
    resolvers,
    port: options.port,
    host: options.host,
    gatewaySecret: options.gatewaySecret,
    production: options.production,
    observe: options.observe,
    processHealth: options.processHealth,
    logger,
    health: { database: pg.ping },
    readiness: caughtUp(options.bus, [relay]),
    subscriptions: true,
    createContext: (identity, requestLogger) => ({ identity, logger: requestLogger, loaders: createLoaders(store, reservations), stock, pubsub }),
  });

  return startedSubgraph(
    server,
    pg,
    () => consumer.stop(),
    () => sweeper.stop(),
    () => redrive.stop(),
    () => relay.stop(),
    async () => {
      if (!options.pubsub) await pubsub.close();
    },
    () => pg.close(),
  );
}
