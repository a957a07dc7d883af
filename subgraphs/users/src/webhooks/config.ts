import { z } from 'zod';
import { DEFAULT_RETRY_POLICY } from '../domain/webhook-retry';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './setup';

/** The users process's webhook settings (part of its one zod config, src/main.ts). */
export const webhookEnv = {
  /** Base URL of the gateway that builds payloads (its /internal/event-payload). */
  WEBHOOK_GATEWAY_URL: z.url().default('http://127.0.0.1:4000'),
  /** Allow http and private/loopback targets; default true outside production, false in it. */
  WEBHOOK_ALLOW_INSECURE_TARGETS: z.stringbool().optional(),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(DEFAULT_RETRY_POLICY.maxAttempts),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(DEFAULT_RETRY_POLICY.baseDelayMs),
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(10).default(DEFAULT_RETRY_POLICY.maxDelayMs),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).default(DEFAULT_RETRY_POLICY.disableAfterFailures),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_WEBHOOK_SETTINGS.timeoutMs),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(DEFAULT_WEBHOOK_SETTINGS.pollMs),
};

type WebhookConfig = z.infer<z.ZodObject<typeof webhookEnv>>;

export function webhookSettings(config: WebhookConfig, production: boolean): WebhookSettings {
  return {
    gatewayUrl: config.WEBHOOK_GATEWAY_URL,
    allowInsecureTargets: config.WEBHOOK_ALLOW_INSECURE_TARGETS ?? !production,
    policy: {
      maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
      baseDelayMs: config.WEBHOOK_RETRY_BASE_MS,
      maxDelayMs: config.WEBHOOK_RETRY_MAX_MS,
      disableAfterFailures: config.WEBHOOK_DISABLE_AFTER_FAILURES,
    },
    pollMs: config.WEBHOOK_POLL_MS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
  };
}
