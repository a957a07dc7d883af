import path from 'node:path';
import { baseEnv, closeOnSignal, createLogger, parseConfig, portEnv, runMain, type StartedSubgraph, type SubgraphRuntime } from '@shop/kit';
import { z } from 'zod';
import type { EventBus } from './events';
import { openEventBus } from './event-bus-factory';
import type { PubSub } from './pubsub';
import { openPubSub } from './pubsub-redis';

/** Environment every subgraph process understands, besides its own keys. */
const processEnv = (port: number) => ({
  ...baseEnv,
  PORT: portEnv(port),
  SEED_DEMO_DATA: z.stringbool().optional(),
  /** Redis stream of the event bus (default shop:events); tests give each run its own. */
  EVENT_STREAM: z.string().min(1).optional(),
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
    const events = await openEventBus(base.REDIS_URL, logger, base.EVENT_STREAM);
    const pubsub = await openPubSub(base.REDIS_URL, logger);
    if (!base.REDIS_URL) logger.warn('REDIS_URL is not set: events stay inside this process (fine for one-process development only)');
    const subgraph = await spec.start({
      config,
      runtime: { port: base.PORT, host: base.HOST, gatewaySecret: base.GATEWAY_SECRET, logger, production, seed: !production && (base.SEED_DEMO_DATA ?? true) },
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
