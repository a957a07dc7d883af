import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { anonymous, callSubgraph, waitFor } from '@shop/testing';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { startUsersSubgraph, type MailSettings, type UsersSubgraph } from '../src/app';
import { confirmed, refunded, shipped } from './helpers/order-events';
import { freePort, startSmtpServer, type TestSmtpServer } from './helpers/smtp';

const tokens = { secret: DEMO_SECRETS.JWT_SECRET, issuer: 'shop-users', audience: 'shop-api', ttlSeconds: 600 };
const FROM = 'Test Shop <orders@shop.test>';
const FAST_RETRY = { baseMs: 50, maxMs: 200 };
const CUSTOMER = { id: '', email: 'ava.haddad@example.com' };

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id } userErrors { code } } }`;

/** The users subgraph on an in-process bus, sending mail as `mail` says, with two customers registered. */
async function startUsers(mail: Omit<MailSettings, 'from'>, dataDir?: string) {
  const bus = new InMemoryEventBus();
  const users = (await startUsersSubgraph({
    port: 0,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    logger: createLogger('silent'),
    bus,
    tokens,
    dataDir,
    mail: { from: FROM, pollMs: 50, retry: FAST_RETRY, ...mail },
  })) as UsersSubgraph;
  const register = async (email: string, name: string) => {
    const res = await callSubgraph<{ register: { user: { id: string } | null } }>(
      users.url,
      REGISTER,
      { input: { email, name, password: 'mail-test-pass-42' } },
      anonymous,
    );
    // Registered before (a restart on the same data folder): the id is the one already known.
    return res.data!.register.user?.id ?? (email === CUSTOMER.email ? CUSTOMER.id : '');
  };
  CUSTOMER.id = await register(CUSTOMER.email, 'Ava Haddad');
  const other = await register('ben.okafor@example.com', 'Ben Okafor');
  return { bus, users, notifications: users.notifications!, other };
}

const allSent = (n: { store: { countByState(): Promise<{ pending: number; sending: number; sent: number }> } }, count: number) =>
  waitFor(async () => {
    const c = await n.store.countByState();
    return c.sent === count && c.pending === 0 && c.sending === 0;
  });

describe('customer emails over a real SMTP server', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function withSmtp(port?: number) {
    const smtp = await startSmtpServer(port);
    cleanups.push(() => smtp.close());
    return smtp;
  }
  async function withUsers(mail: Omit<MailSettings, 'from'>, dataDir?: string) {
    const started = await startUsers(mail, dataDir);
    cleanups.push(async () => {
      await started.users.close();
      await started.bus.close();
    });
    return started;
  }
  const subjects = (smtp: TestSmtpServer) => smtp.received.map((r) => r.mail.subject);

  it('sends the confirmation, shipping and refund emails to the customer, in text and HTML', async () => {
    const smtp = await withSmtp();
    const { bus, notifications } = await withUsers({ smtpUrl: smtp.url });
    await bus.publish([confirmed(CUSTOMER.id), shipped(CUSTOMER.id), refunded(CUSTOMER.id, 1500, 1500)]);
    await waitFor(() => smtp.received.length === 3, { message: 'three emails' });
    await allSent(notifications, 3);

    const [confirmation, shipping, refund] = smtp.received.map((r) => r);
    for (const r of smtp.received) {
      expect(r.rcptTo).toEqual([CUSTOMER.email]);
      expect(r.mail.from?.text).toBe('"Test Shop" <orders@shop.test>');
      expect(r.mail.messageId).toMatch(/^<notification\.[0-9a-f-]+@shop\.test>$/);
    }
    expect(subjects(smtp)).toEqual(['Order SO-1001 confirmed', 'Order SO-1001 has shipped', 'Refund of 15.00 USD for order SO-1001']);

    expect(confirmation!.mail.text).toContain('Hello Ava');
    expect(confirmation!.mail.text).toContain('2 x Enamel <Camp> Mug (MUG-BLK)  30.00 USD');
    expect(confirmation!.mail.text).toContain('Total: 54.98 USD');
    expect(confirmation!.mail.html).toContain('Enamel &lt;Camp&gt; Mug');
    expect(confirmation!.mail.html).not.toContain('<Camp>');
    expect(confirmation!.mail.html).toMatch(/<th align="left">Shipping<\/th>\s*<td align="right">4\.99 USD<\/td>/);

    expect(shipping!.mail.text).toContain('on its way with UPS');
    expect(shipping!.mail.text).toContain('Tracking number: 1Z999AA10123456784');
    expect(shipping!.mail.html).toContain('<strong>1Z999AA10123456784</strong>');

    expect(refund!.mail.text).toContain('we have refunded 15.00 USD for your order SO-1001');
    expect(refund!.mail.text).toContain("In all, 15.00 USD of the order's 54.98 USD has been refunded.");
    expect(refund!.mail.html).toContain('<strong>15.00 USD</strong>');
  });

  it('sends one email per event when the event is delivered again', async () => {
    const smtp = await withSmtp();
    const { bus, notifications, other } = await withUsers({ smtpUrl: smtp.url });
    const event = confirmed(CUSTOMER.id, 'SO-2002');
    await bus.publish([event, event]);
    await bus.idle();
    await allSent(notifications, 1);
    await bus.publish([structuredClone(event), shipped(other, 'SO-2003')]);
    await waitFor(() => smtp.received.length === 2);
    await allSent(notifications, 2);
    expect(subjects(smtp)).toEqual(['Order SO-2002 confirmed', 'Order SO-2003 has shipped']);
  });

  it('sends nothing more when a restarted process is handed the same event again', async () => {
    const smtp = await withSmtp();
    const dir = await mkdtemp(path.join(tmpdir(), 'shop-users-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const first = await startUsers({ smtpUrl: smtp.url }, dir);
    const event = confirmed(CUSTOMER.id, 'SO-2101');
    await first.bus.publish([event]);
    await allSent(first.notifications, 1);
    await first.users.close();
    await first.bus.close();

    const second = await withUsers({ smtpUrl: smtp.url }, dir);
    await second.bus.publish([structuredClone(event), shipped(CUSTOMER.id, 'SO-2101')]);
    await allSent(second.notifications, 2);
    expect(subjects(smtp)).toEqual(['Order SO-2101 confirmed', 'Order SO-2101 has shipped']);
  });

  it('sends nothing for changes that call for no email, for unknown customers, or for stale events', async () => {
    const smtp = await withSmtp();
    const { bus, notifications } = await withUsers({ smtpUrl: smtp.url });
    const reserved = confirmed(CUSTOMER.id, 'SO-3001');
    Object.assign(reserved.payload as object, { status: 'RESERVED', previousStatus: 'PENDING' });
    const stale = { ...confirmed(CUSTOMER.id, 'SO-3002'), occurredAt: new Date(Date.now() - 80 * 3600_000).toISOString() };
    await bus.publish([reserved, confirmed('usr_nobody', 'SO-3003'), stale, { ...shipped(CUSTOMER.id, 'SO-3004'), payload: { bogus: true } }]);
    await bus.publish([confirmed(CUSTOMER.id, 'SO-3005')]);
    await waitFor(() => smtp.received.length === 1);
    await bus.idle();
    expect(subjects(smtp)).toEqual(['Order SO-3005 confirmed']);
    expect((await notifications.store.list()).map((n) => n.orderId)).toEqual(['ord_SO-3005']);
  });

  it('retries while the SMTP server is down and sends once when it is back', async () => {
    const port = await freePort();
    const { bus, users, notifications } = await withUsers({ smtpUrl: `smtp://127.0.0.1:${port}` });
    await bus.publish([confirmed(CUSTOMER.id, 'SO-4001')]);
    const failing = await waitFor(async () => (await notifications.store.list()).find((n) => n.attempts >= 3 && n.state === 'pending'), {
      message: 'three failed attempts',
    });
    expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failing.sentAt).toBeNull();

    const smtp = await withSmtp(port);
    await waitFor(() => smtp.received.length === 1, { message: 'the email once the server is up' });
    await allSent(notifications, 1);
    // Later polls find nothing owed: still one message.
    await notifications.sender.drain();
    expect(subjects(smtp)).toEqual(['Order SO-4001 confirmed']);
    expect((await notifications.store.list())[0]).toMatchObject({ state: 'sent', lastError: null });
    const health = (await (await fetch(users.url.replace('/graphql', '/health'))).json()) as { metrics: unknown };
    expect(health.metrics).toMatchObject({ notifications: { pending: 0, sending: 0, sent: 1 } });
  });

  it('retries a message the server refused with a temporary failure', async () => {
    const smtp = await withSmtp();
    smtp.refuseNext(2);
    const { bus, notifications } = await withUsers({ smtpUrl: smtp.url });
    await bus.publish([refunded(CUSTOMER.id, 5498, 5498, 'SO-5001')]);
    await allSent(notifications, 1);
    expect(subjects(smtp)).toEqual(['Refund of 54.98 USD for order SO-5001']);
    expect(smtp.received[0]!.mail.text).toContain('The order is now refunded in full (54.98 USD).');
    expect((await notifications.store.list())[0]!.attempts).toBe(3);
  });

  it('takes over a message whose sender died mid-send once its claim expires, and sends it once', async () => {
    const smtp = await withSmtp();
    const { bus, notifications } = await withUsers({ smtpUrl: smtp.url, leaseMs: 300 });
    await notifications.sender.stop(); // this sender plays the one that dies
    await bus.publish([confirmed(CUSTOMER.id, 'SO-6001')]);
    await waitFor(async () => (await notifications.store.list()).length === 1);
    const [dead] = await notifications.store.claimDue(new Date(), 10, 300);
    expect(dead).toMatchObject({ state: 'sending', attempts: 1 });

    const { startNotificationSender } = await import('../src/notifications/notification-sender');
    const { smtpTransport } = await import('../src/notifications/mail-transport');
    const survivor = startNotificationSender({
      store: notifications.store,
      transport: smtpTransport(smtp.url),
      from: FROM,
      logger: createLogger('silent'),
      pollMs: 50,
    });
    cleanups.push(() => survivor.stop());
    await waitFor(() => smtp.received.length === 1, { message: 'the survivor to send it' });
    await allSent(notifications, 1);
    expect(await notifications.store.markSent(dead!, new Date())).toBe(false); // the dead claim cannot settle it again
    await survivor.drain();
    expect(smtp.received).toHaveLength(1);
  });
});

describe('customer emails in the outbox folder (no SMTP_URL)', () => {
  it('writes each message as an .eml with text and HTML parts, and indexes it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'shop-mail-'));
    const { bus, users, notifications } = await startUsers({ outboxDir: dir });
    try {
      const event = shipped(CUSTOMER.id, 'SO-7001');
      await bus.publish([confirmed(CUSTOMER.id, 'SO-7001'), event, event]);
      await allSent(notifications, 2);
      const files = (await readdir(dir)).sort();
      expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(2);
      expect(files).toContain('index.jsonl');
      const index = (await readFile(path.join(dir, 'index.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string; to: string; subject: string; kind: string });
      expect(index.map((e) => [e.kind, e.to, e.subject])).toEqual([
        ['ORDER_CONFIRMED', CUSTOMER.email, 'Order SO-7001 confirmed'],
        ['ORDER_SHIPPED', CUSTOMER.email, 'Order SO-7001 has shipped'],
      ]);
      const raw = await readFile(path.join(dir, index[1]!.file));
      expect(raw.toString()).toMatch(/Content-Type: multipart\/alternative/);
      const mail = await simpleParser(raw);
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(CUSTOMER.email);
      expect(mail.subject).toBe('Order SO-7001 has shipped');
      expect(mail.text).toContain('Tracking number: 1Z999AA10123456784');
      expect(mail.html).toContain('<strong>1Z999AA10123456784</strong>');
    } finally {
      await users.close();
      await bus.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
