import path from 'node:path';
import { z } from 'zod';
import type { MailSettings } from './index';

/** An address with an optional display name: `orders@shop.example` or `Shop <orders@shop.example>`. */
const ADDRESS = /^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/** The environment of customer emails, read by users' main.ts and by the one-process launcher. */
export const mailEnv = {
  /** SMTP server for customer emails; without it they are written to MAIL_OUTBOX_DIR. */
  SMTP_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .url()
        .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL')
        .optional(),
    )
    .optional(),
  MAIL_FROM: z.string().regex(ADDRESS, 'must be an address such as "Shop <orders@shop.example>"').default('Shop <orders@shop.example>'),
  /** Folder for the emails when SMTP_URL is not set; default DATA_DIR/mail-outbox. */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /** Longest wait between retries of a failed send (they double from 2 s up to this). */
  MAIL_RETRY_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
};

type MailConfig = { SMTP_URL?: string; MAIL_FROM: string; MAIL_OUTBOX_DIR?: string; MAIL_RETRY_MAX_SECONDS: number; DATA_DIR: string };

/** The settings `startUsersSubgraph` takes, from the parsed environment. */
export function mailSettings(config: MailConfig): MailSettings {
  return {
    from: config.MAIL_FROM,
    smtpUrl: config.SMTP_URL,
    outboxDir: config.MAIL_OUTBOX_DIR ?? path.join(config.DATA_DIR, 'mail-outbox'),
    retry: { baseMs: 2_000, maxMs: config.MAIL_RETRY_MAX_SECONDS * 1000 },
  };
}
