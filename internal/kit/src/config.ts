import { z } from 'zod';

/** Raised when the environment does not describe a runnable process; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Secrets that ship with the repository so that `pnpm start` works out of the box.
 * They are public knowledge and therefore refused when NODE_ENV=production.
 */
export const DEMO_SECRETS = {
  JWT_SECRET: 'demo-only-jwt-secret-change-me-0123456789',
  GATEWAY_SECRET: 'demo-only-gateway-secret-change-me-0123456789',
  PAYMENT_WEBHOOK_SECRET: 'demo-only-payment-webhook-secret-change-me-0123456789',
} as const;

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.string().url().optional())
  .optional();

/** Environment keys every process understands. */
export const baseEnv = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('.data'),
  REDIS_URL: optionalUrl,
  GATEWAY_SECRET: z.string().min(32).default(DEMO_SECRETS.GATEWAY_SECRET),
};

/** Environment keys of a subgraph process that keeps its data in Postgres. */
export const postgresEnv = { DATABASE_URL: optionalUrl };

export const portEnv = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/**
 * Parses `env` against `shape`, collecting every problem (not just the first) and refusing the
 * published demo secrets in production.
 */
export function parseConfig<S extends z.ZodRawShape>(shape: S, env: Record<string, string | undefined>): z.infer<z.ZodObject<S>> {
  // An empty variable (`FOO=` in an env file) means "not set", so defaults apply.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = z.object(shape).safeParse(present);
  const problems: string[] = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (present.NODE_ENV === 'production') {
    for (const [key, demo] of Object.entries(DEMO_SECRETS)) {
      if (key in shape && (present[key] ?? demo) === demo) problems.push(`${key}: the demo secret is refused in production; set your own`);
    }
  }
  if (problems.length || !result.success) throw new ConfigError(problems);
  return result.data;
}
