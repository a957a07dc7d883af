import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { baseEnv, closeOnSignal, createLogger, DEMO_SECRETS, parseConfig, postgresEnv, runMain } from '@shop/kit';
import { z } from 'zod';
import { startStack } from './stack';

/** `pnpm start`: the whole platform in one process, on embedded stores unless URLs are set. */
runMain(async () => {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const config = parseConfig(
    {
      ...baseEnv,
      ...postgresEnv,
      MONGODB_URL: z
        .string()
        .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
        .optional(),
      ELASTICSEARCH_URL: z.string().url().optional(),
      JWT_SECRET: z.string().min(32).default(DEMO_SECRETS.JWT_SECRET),
      JWT_ISSUER: z.string().default('shop-users'),
      JWT_AUDIENCE: z.string().default('shop-api'),
      JWT_TTL_SECONDS: z.coerce.number().int().positive().default(900),
      REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().optional(),
      PAYMENT_WEBHOOK_SECRET: z.string().min(32).default(DEMO_SECRETS.PAYMENT_WEBHOOK_SECRET),
      RESERVATION_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
      CART_TTL_SECONDS: z.coerce.number().int().min(60).optional(),
      SEED_DEMO_DATA: z.stringbool().optional(),
    },
    process.env,
  );
  const production = config.NODE_ENV === 'production';
  if (production && config.SEED_DEMO_DATA) throw new Error('Invalid configuration:\n  - SEED_DEMO_DATA: demo data is refused in production');
  const logger = createLogger(config.LOG_LEVEL, { service: 'shop' });
  const started = Date.now();
  const stack = await startStack({
    logger,
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    redisUrl: config.REDIS_URL,
    mongoUrl: config.MONGODB_URL,
    elasticsearchUrl: config.ELASTICSEARCH_URL,
    ports: 'default',
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SECRET,
    jwt: {
      secret: config.JWT_SECRET,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ttlSeconds: config.JWT_TTL_SECONDS,
      refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    },
    paymentWebhookSecret: config.PAYMENT_WEBHOOK_SECRET,
    reservationTtlSeconds: config.RESERVATION_TTL_SECONDS,
    cartTtlSeconds: config.CART_TTL_SECONDS,
    seed: !production && (config.SEED_DEMO_DATA ?? true),
    production,
  });
  const lines = [
    '',
    `Shop supergraph ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  gateway    ${stack.gateway.url}   (health: ${stack.gateway.url.replace('/graphql', '/health')})`,
    ...Object.values(stack.subgraphs).map((s) => `  ${s.name.padEnd(10)} ${s.url}`),
    '',
    production ? '' : `  Demo sign-in (local only, refused in production): ${DEMO_CREDENTIALS.admin.email} / ${DEMO_CREDENTIALS.admin.password}`,
    production ? '' : `                                                   ${DEMO_CREDENTIALS.support.email} / ${DEMO_CREDENTIALS.support.password}`,
    production ? '' : `                                                   ${DEMO_CREDENTIALS.customer.email} / ${DEMO_CREDENTIALS.customer.password}`,
    production ? '' : `  Test cards: 4242 4242 4242 4242 (approved), 4000 0000 0000 0002 (declined) — see docs/commerce-flow.md`,
    `  Live updates: graphql-ws on ${stack.gateway.url.replace('http', 'ws')}`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  closeOnSignal(logger, () => stack.close());
});
