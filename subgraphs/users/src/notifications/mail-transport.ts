import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** One message as the sender hands it to a transport. */
export interface MailMessage {
  /** The notification's id (its event's id): a message sent again under it is the same message. */
  id: string;
  kind: string;
  createdAt: Date;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per notification, so that a message sent twice (the crash window) can be recognised. */
  messageId: string;
}

/** Where messages go. `send` resolves once the message is accepted, and throws otherwise. */
export interface MailTransport {
  /** For logs: `smtp://host:port` (no credentials) or the outbox folder. */
  readonly description: string;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

const envelope = (m: MailMessage) => ({ from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId, date: m.createdAt });

/**
 * SMTP through nodemailer (`smtp://` or `smtps://`, credentials in the URL). Timeouts are well
 * under the sender's claim lease, so that a send that hangs fails before another replica may
 * take the message over.
 */
export function smtpTransport(url: string, timeouts: { connectionMs?: number; socketMs?: number } = {}): MailTransport {
  const options: SMTPTransport.Options = {
    url,
    connectionTimeout: timeouts.connectionMs ?? 10_000,
    greetingTimeout: timeouts.connectionMs ?? 10_000,
    socketTimeout: timeouts.socketMs ?? 30_000,
  };
  const transporter = nodemailer.createTransport(options);
  const target = new URL(url);
  return {
    description: `${target.protocol}//${target.host}`,
    async send(message) {
      const info = await transporter.sendMail(envelope(message));
      if (info.rejected.length) throw new Error(`the SMTP server refused ${info.rejected.join(', ')}`);
    },
    close: () => transporter.close(),
  };
}

/** One line of the outbox folder's `index.jsonl`. */
export interface OutboxIndexEntry {
  file: string;
  id: string;
  kind: string;
  to: string;
  subject: string;
  writtenAt: string;
}

/**
 * The embedded default: each message becomes `<dir>/<created>-<kind>-<id>.eml` (RFC 5322, a
 * multipart/alternative with the text and HTML parts, as nodemailer would send it), opened by any
 * mail client, plus a line in `<dir>/index.jsonl`. The file is written under a temporary name and
 * renamed, and its name depends only on the notification, so a message written twice is one file.
 */
export function folderTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `folder ${dir}`,
    async send(message) {
      await mkdir(dir, { recursive: true });
      const info = await composer.sendMail(envelope(message));
      const stamp = message.createdAt.toISOString().replace(/[:.]/g, '-');
      const file = `${stamp}-${message.kind.toLowerCase().replace(/_/g, '-')}-${message.id.replace(/[^A-Za-z0-9-]/g, '_')}.eml`;
      const target = path.join(dir, file);
      await writeFile(`${target}.tmp`, info.message as Buffer);
      await rename(`${target}.tmp`, target);
      const entry: OutboxIndexEntry = {
        file,
        id: message.id,
        kind: message.kind,
        to: message.to,
        subject: message.subject,
        writtenAt: new Date().toISOString(),
      };
      await appendFile(path.join(dir, 'index.jsonl'), JSON.stringify(entry) + '\n');
    },
    close: () => composer.close(),
  };
}
