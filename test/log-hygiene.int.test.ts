import { randomUUID } from 'node:crypto';
import { demoCatalog, DEMO_CREDENTIALS } from '@shop/demo-data';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { chargeRefunded, deliverWebhook, WEBHOOK_PATH } from '@shop/payments-subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, Shopper } from './shopper';
import { bootStack, gql, login, stackTargets } from './support';

/**
 * Every log line of the whole stack, at debug level, while the flows that handle secrets and
 * personal data run through the gateway: registration (including a refused NUL), good and bad
 * sign-ins, refresh, checkout with a card, a refund and a signed webhook. Then each line is
 * scanned for anything that must never be logged.
 */
describe.each(stackTargets)('logs hold no secrets or personal data ($name)', (target) => {
  const lines: string[] = [];
  let stack: Awaited<ReturnType<typeof bootStack>>;
  const email = `log.hygiene.${randomUUID().slice(0, 8)}@example.com`;
  const password = `Pa55-${randomUUID()}`;
  const secrets: string[] = [email, password, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password, ...Object.values(DEMO_SECRETS)];

  beforeAll(async () => {
    if (target.skip) return;
    stack = await bootStack(target, { logger: createLogger('debug', {}, (line) => void lines.push(line)) });
  }, 240_000);
  afterAll(async () => {
    await stack?.dispose();
  });

  it.skipIf(target.skip)(
    'runs the flows, then finds none of them in any line',
    async () => {
      const url = stack.gateway.url;
      const registered = await gql(url, 'mutation($input: RegisterInput!) { register(input: $input) { token refreshToken userErrors { code } } }', {
        input: { email, password, name: 'Log Hygiene' },
      });
      expect(registered.data?.register?.userErrors ?? []).toEqual([]);
      const nul = await gql(url, 'mutation($input: RegisterInput!) { register(input: $input) { token } }', {
        input: { email: `x${email}`, password, name: 'Bad\u0000Name' },
      });
      expect(nul.status).toBe(400);
      expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      for (let i = 0; i < 3; i++)
        await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: `${password}x` });
      const signIn = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken } }', { e: email, p: password });
      const { token, refreshToken } = signIn.data.login as { token: string; refreshToken: string };
      secrets.push(token, refreshToken, registered.data.register.token);
      const refreshed = await gql(url, 'mutation($t: String!) { refreshToken(refreshToken: $t) { token refreshToken } }', { t: refreshToken });
      secrets.push(refreshed.data.refreshToken.token, refreshed.data.refreshToken.refreshToken);
      await gql(url, '{ me { id } }', {}, `${token}tampered`);

      const shopper = new Shopper(url, token);
      const variantId = demoCatalog().products[0]!.variants[0]!.id;
      const placed = await shopper.checkout(await shopper.cartWith(variantId, 1), { card: CARD });
      const order = await shopper.settled(placed.order!.id);
      const admin = new Shopper(url, await login(url, DEMO_CREDENTIALS.admin.email, DEMO_CREDENTIALS.admin.password));
      const payments = (await admin.call('query($id: ID!) { order(id: $id) { payments { id providerReference } } }', { id: order.id })).order.payments;
      if (order.status === 'CONFIRMED') {
        await admin.refund(payments[0].id, '1.00');
        const webhookUrl = stack.subgraphs.payments.url.replace('/graphql', WEBHOOK_PATH);
        const event = chargeRefunded({ providerRef: payments[0].providerReference, providerRefundRef: `re_${randomUUID()}`, amountMinor: 100 });
        expect((await deliverWebhook(webhookUrl, DEMO_SECRETS.PAYMENT_WEBHOOK_SECRET, event)).status).toBe(200);
      }
      await stack.gateway.close().catch(() => {});

      expect(lines.length).toBeGreaterThan(10);
      const forbidden = [...secrets, '4242 4242 4242 4242', '4242424242424242', '"cvc":"123"', 'scrypt$32768', '"parameters"'];
      for (const line of lines) {
        for (const secret of forbidden) expect(line, `a log line holds ${secret.slice(0, 12)}…`).not.toContain(secret);
        expect(line).not.toMatch(/params: (?!\[redacted\])/);
        expect(line).not.toMatch(/[A-Za-z0-9._%+-]{2,}@example\.com/);
        expect(line).not.toMatch(/eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/);
      }
    },
    180_000,
  );
});
