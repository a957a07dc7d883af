import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, parseConfig, portEnv, runMain, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { z } from 'zod';
import type { EventBus } from './events';
import { openEventBus } from './event-bus-factory';
import { DEFAULT_CLAIM_IDLE_MS, DEFAULT_EVENT_CONCURRENCY, DEFAULT_MAX_DELIVERIES } from './redis-event-bus';
import type { PubSub } from './pubsub';
import { openPubSub } from './pubsub-redis';

/** Environment every subgraph process understands, besides its own keys. */
const processEnv = (port: number) => ({
  ...baseEnv,
  PORT: portEnv(port),
  SEED_DEMO_DATA: z.stringbool().optional(),
  /** Redis stream of the event bus (default shop:events); tests give each run its own. */
  EVENT_STREAM: z.string().min(1).optional(),
  /** This replica's stable name in its consumer groups (default: the host name). Unique per replica. */
  REPLICA_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .optional(),
  /** A pending event unacknowledged this long is claimed by a live replica. */
  EVENT_CLAIM_IDLE_MS: z.coerce.number().int().min(100).default(DEFAULT_CLAIM_IDLE_MS),
  /** Deliveries after which a failing event goes to the dead-letter stream `<stream>:dlq`. */
  EVENT_MAX_DELIVERIES: z.coerce.number().int().min(1).default(DEFAULT_MAX_DELIVERIES),
  /** Events each replica handles side by side (one order's, product's or variant's in stream order). */
  EVENT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(DEFAULT_EVENT_CONCURRENCY),
});

type ProcessShape = ReturnType<typeof processEnv>;

export interface SubgraphProcessContext<TConfig> {
  config: TConfig;
  /** Port, host, secret, logger, production flag and seeding decision, ready to spread. */
  runtime: SubgraphRuntime;
  bus: EventBus;
  /** Live fan-out for subscriptions (Redis pub/sub when REDIS_URL is set). */
  pubsub: PubSub;
  /** `DATA_DIR/<name>`, for the embedded store. */
  dataDir: string;
}

/**
 * The composition root shared by every subgraph's src/main.ts: validates the environment (listing
 * every problem), opens the event bus (Redis Streams when REDIS_URL is set), starts the subgraph
 * and closes it all on SIGINT/SIGTERM. Demo data is never seeded in production.
 */
export function runSubgraph<S extends z.ZodRawShape>(
  env: Record<string, string | undefined>,
  spec: {
    name: string;
    port: number;
    env: S;
    start: (context: SubgraphProcessContext<z.infer<z.ZodObject<ProcessShape & S>>>) => Promise<StartedSubgraph>;
  },
): void {
  runMain(async () => {
    const config = parseConfig({ ...processEnv(spec.port), ...spec.env } as ProcessShape & S, env) as z.infer<z.ZodObject<ProcessShape & S>>;
    const base = config as z.infer<z.ZodObject<ProcessShape>>;
    const production = base.NODE_ENV === 'production';
    if (production && base.SEED_DEMO_DATA) throw new Error('Invalid configuration:\n  - SEED_DEMO_DATA: demo data is refused in production');
    const logger = createLogger(base.LOG_LEVEL, { service: spec.name });
    // A promise some driver forgot to handle must not take the process (and its consumers) down.
    process.on('unhandledRejection', (error) => logger.error('unhandled promise rejection', { error }));
    const events = await openEventBus(base.REDIS_URL, logger, {
      stream: base.EVENT_STREAM,
      replicaId: base.REPLICA_ID ? `${spec.name}-${base.REPLICA_ID}` : undefined,
      claimIdleMs: base.EVENT_CLAIM_IDLE_MS,
      maxDeliveries: base.EVENT_MAX_DELIVERIES,
      concurrency: base.EVENT_CONCURRENCY,
    });
    const pubsub = await openPubSub(base.REDIS_URL, logger);
    if (!base.REDIS_URL) logger.warn('REDIS_URL is not set: events stay inside this process (fine for one-process development only)');
    const subgraph = await spec.start({
      config,
      runtime: {
        port: base.PORT,
        host: base.HOST,
        gatewaySecret: base.GATEWAY_SECRET,
        logger,
        production,
        seed: !production && (base.SEED_DEMO_DATA ?? true),
        processHealth: {
          checks: { events: () => events.bus.ping(), ...(pubsub.ping ? { pubsub: () => pubsub.ping!() } : {}) },
          metrics: async () => ({ events: await events.bus.stats() }),
        },
      },
      bus: events.bus,
      pubsub,
      dataDir: path.join(base.DATA_DIR, spec.name),
    });
    closeOnSignal(logger, async () => {
      await subgraph.close();
      await pubsub.close();
      await events.close();
    });
  });
}
