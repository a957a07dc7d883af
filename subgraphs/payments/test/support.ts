import { randomUUID } from 'node:crypto';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { tokenizeCard } from '@shop/payment-cards';
import { InMemoryEventBus, newEvent, resultRows, type DomainEvent } from '@shop/stores';
import { admin, callSubgraph, waitFor, type PostgresTarget } from '@shop/testing';
import { sql } from 'drizzle-orm';
import { startPaymentsSubgraph, type PaymentsSubgraph } from '../src/app';
import type { PaymentRow } from '../src/db/payment-store';
import { SimulatedCardProcessor, type PaymentProvider } from '../src/provider';

export const WEBHOOK_SECRET = 'test-only-webhook-secret-0123456789abcdef';
export const GOOD_CARD = '4242424242424242';
const NOW = new Date();

/** A provider around the simulator that records every call and lets a test intervene. */
export class RecordingProvider implements PaymentProvider {
  readonly name = 'recording';
  readonly calls: { op: string; key: string }[] = [];
  /** Resolve to a result to answer instead of the simulator (undefined: let it answer), or throw to fail the call. */
  intercept: Partial<Record<'authorize' | 'capture' | 'void' | 'refund', (request: any, inner: () => Promise<any>) => Promise<unknown>>> = {};

  constructor(readonly inner: SimulatedCardProcessor) {}

  private async call<T>(op: 'authorize' | 'capture' | 'void' | 'refund', request: { idempotencyKey: string }, inner: () => Promise<T>): Promise<T> {
    this.calls.push({ op, key: request.idempotencyKey });
    const answer = (await this.intercept[op]?.(request, inner)) as T | undefined;
    return answer ?? inner();
  }
  authorize = (r: Parameters<PaymentProvider['authorize']>[0]) => this.call('authorize', r, () => this.inner.authorize(r));
  capture = (r: Parameters<PaymentProvider['capture']>[0]) => this.call('capture', r, () => this.inner.capture(r));
  void = (r: Parameters<PaymentProvider['void']>[0]) => this.call('void', r, () => this.inner.void(r));
  refund = (r: Parameters<PaymentProvider['refund']>[0]) => this.call('refund', r, () => this.inner.refund(r));
  count = (op: string, keyPrefix = '') => this.calls.filter((c) => c.op === op && c.key.startsWith(keyPrefix)).length;
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * The payments subgraph on a fresh database of `target`, fed through an in-process bus, with every
 * event it publishes collected. Nothing is seeded and the recovery timer is off (tests sweep).
 */
export async function startHarness(target: PostgresTarget) {
  const database = await target.create();
  const bus = new InMemoryEventBus();
  const published: DomainEvent[] = [];
  await bus.subscribe('test-observer', async (event) => void published.push(event));
  let provider!: RecordingProvider;
  let subgraph: PaymentsSubgraph;
  try {
    subgraph = await startPaymentsSubgraph({
      port: 0,
      gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
      logger: createLogger(process.env.DEBUG_PAYMENTS ? 'warn' : 'silent'),
      databaseUrl: database.url,
      bus,
      webhookSecret: WEBHOOK_SECRET,
      recoveryIntervalMs: 0,
      provider: (db) => (provider = new RecordingProvider(new SimulatedCardProcessor(db))),
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const { runtime } = subgraph;

  const payment = async (orderId: string): Promise<PaymentRow | undefined> => (await runtime.payments.byOrderIds([orderId]))[0];
  const reserved = (orderId: string, expiresAt = new Date(Date.now() + 600_000).toISOString()) =>
    newEvent('inventory.reserved', { orderId, reservationId: `res_${orderId}`, expiresAt, allocations: [] });
  const released = (orderId: string, reason = 'EXPIRED') => newEvent('inventory.released', { orderId, reservationId: `res_${orderId}`, reason });
  async function paymentIn(orderId: string, status: string): Promise<PaymentRow> {
    const row = await waitFor(async () => ((await payment(orderId))?.status === status ? payment(orderId) : null), {
      message: `payment of ${orderId} to be ${status}`,
    });
    await runtime.relay.flush();
    await bus.idle();
    return row;
  }

  return {
    subgraph,
    runtime,
    provider,
    bus,
    published,
    /** Events of `type` (payment.*) about `orderId`. */
    events: (type: string, orderId: string) => published.filter((e) => e.type === type && (e.payload as { orderId?: string }).orderId === orderId),
    payment,
    /** Waits until the order's payment is in `status` (and every event is handled), then returns it. */
    paymentIn,
    orderCreated: (orderId: string, options: { card?: string; totalMinor?: number } = {}) => orderCreated(orderId, options),
    reserved,
    released,
    orderUpdated: (orderId: string, status: string, reason: string | null = null) =>
      newEvent('order.updated', {
        orderId,
        number: 'SO-1',
        customerId: 'usr_0001',
        status,
        previousStatus: 'RESERVED',
        version: 2,
        reason,
        totalMinor: 0,
        currencyCode: 'USD',
      }),
    /** A checkout whose stock is reserved: order.created then inventory.reserved. Returns the order id once `status` is reached. */
    async checkout(options: { card?: string; totalMinor?: number; until?: string } = {}): Promise<{ orderId: string; payment: PaymentRow }> {
      const orderId = `ord_${randomUUID()}`;
      await bus.publish([orderCreated(orderId, options), reserved(orderId)]);
      return { orderId, payment: await paymentIn(orderId, options.until ?? 'CAPTURED') };
    },
    refund: (paymentId: string, amount: string, idempotencyKey: string = randomUUID(), as: { userId: string | null; role: any } = admin) =>
      callSubgraph(
        subgraph.url,
        `mutation($input: RefundPaymentInput!, $key: String!) {
          refundPayment(input: $input, idempotencyKey: $key) {
            payment { id status capturedAmount { amount } refundedAmount { amount } refunds { id amount { amount currencyCode } source reason } }
            refund { id amount { amount } source reason }
            userErrors { code message field }
          }
        }`,
        { input: { paymentId, amount, reason: 'test' }, key: idempotencyKey },
        as,
      ),
    /** Every row of every table in the payments schema, as text. */
    async dump(): Promise<string> {
      const tables = resultRows<{ name: string }>(
        await runtime.db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'payments'`),
      );
      const parts: string[] = [];
      for (const { name } of tables) {
        parts.push(JSON.stringify(resultRows(await runtime.db.execute(sql.raw(`select row_to_json(t)::text as row from payments."${name}" t`)))));
      }
      return parts.join('\n');
    },
    async close() {
      await subgraph.close();
      await bus.close();
      await database.drop();
    },
  };
}

function orderCreated(orderId: string, options: { card?: string; totalMinor?: number }) {
  const cardNumber = options.card ?? GOOD_CARD;
  const card = tokenizeCard({ cardNumber, expiry: '12/34', cvc: cardNumber.startsWith('3') ? '1234' : '123' }, NOW);
  if (!card.ok) throw new Error(card.message);
  return newEvent('order.created', {
    orderId,
    number: `SO-${orderId.slice(4, 10)}`,
    customerId: 'usr_0001',
    currencyCode: 'USD',
    totalMinor: options.totalMinor ?? 10_000,
    createdAt: new Date().toISOString(),
    lines: [{ productId: 'prd_1', variantId: 'var_1', sku: 'SKU-1', quantity: 1, unitPriceMinor: options.totalMinor ?? 10_000 }],
    source: 'checkout',
    status: 'PENDING',
    payment: { token: card.token, brand: card.brand, last4: card.last4 },
  });
}
