import type { Logger } from '@shop/kit';
import { aboutOrders, republishFromOutbox, startOutboxRelay, type Database, type EventBus, type EventSubscription, type PostgresStore } from '@shop/stores';
import { createPaymentStore } from './db/payment-store';
import { createRefundStore } from './db/refund-store';
import { createSagaStore } from './db/saga-store';
import { outbox, type PaymentsSchema } from './db/schema';
import { createWebhookStore } from './db/webhook-store';
import { paymentHandlers, startEventConsumer } from './events/consumer';
import { createPaymentProvider, type PaymentProvider, type PaymentProviderName } from './provider';
import type { ReviewPolicy } from './domain/saga';
import { createCheckoutSaga } from './services/checkout-saga';
import { createRefundService } from './services/refund-service';
import { createWebhookService } from './services/webhook-service';

export type PaymentProviderOption = PaymentProviderName | ((db: Database<PaymentsSchema>) => PaymentProvider);

export interface PaymentsRuntimeOptions {
  bus: EventBus;
  logger: Logger;
  /** A provider by name (PAYMENT_PROVIDER), or a factory over the payments database (tests). Default: the simulated card processor. */
  provider?: PaymentProviderOption;
  /** How often to look for sagas and refunds a crashed worker left behind; 0 turns the timer off. */
  recoveryIntervalMs?: number;
  staleAfterMs?: number;
  /** Fraud review (RISK_WAIT_MS, FRAUD_REVIEW); default: no wait, HIGH risk holds. */
  review?: ReviewPolicy;
}

/**
 * Everything payments runs besides the GraphQL server: the provider, the outbox relay, the event
 * consumer that drives the checkout saga, the recovery sweep, and the services requests use.
 * Background work uses the store's background connection, so request query counts stay exact.
 */
export async function startPaymentsRuntime(pg: PostgresStore<PaymentsSchema>, options: PaymentsRuntimeOptions) {
  const { logger } = options;
  const provider =
    typeof options.provider === 'function' ? options.provider(pg.backgroundDb) : createPaymentProvider(options.provider ?? 'simulated', pg.backgroundDb);
  const relay = startOutboxRelay({ db: pg.backgroundDb, table: outbox, bus: options.bus, logger });
  const afterWrite = () => relay.notify();

  const payments = createPaymentStore(pg.db);
  const backgroundPayments = createPaymentStore(pg.backgroundDb);
  const refunds = createRefundService({ store: createRefundStore(pg.db), payments, provider, logger, afterWrite });
  const backgroundRefundStore = createRefundStore(pg.backgroundDb);
  const sagaRefunds = createRefundService({ store: backgroundRefundStore, payments: backgroundPayments, provider, logger, afterWrite });
  const sagaStore = createSagaStore(pg.backgroundDb);
  const saga = createCheckoutSaga({
    store: sagaStore,
    refundStore: backgroundRefundStore,
    refunds: sagaRefunds,
    provider,
    logger,
    afterWrite,
    staleAfterMs: options.staleAfterMs,
    review: options.review,
  });
  const webhooks = createWebhookService({ store: createWebhookStore(pg.backgroundDb), logger, afterWrite });

  let consumer: EventSubscription;
  try {
    consumer = await startEventConsumer(
      options.bus,
      paymentHandlers(sagaStore, saga, logger, async (orderIds) => {
        await republishFromOutbox(pg.backgroundDb, outbox, options.bus, aboutOrders(outbox, orderIds));
      }),
    );
  } catch (error) {
    await relay.stop();
    throw error;
  }
  const interval = options.recoveryIntervalMs ?? 15_000;
  const timer =
    interval > 0 ? setInterval(() => void saga.sweep().catch((error: unknown) => logger.error('recovery sweep failed', { error })), interval) : null;
  timer?.unref();

  return {
    provider,
    /** The payments database (background connection): for tests and tooling that inspect it. */
    db: pg.backgroundDb,
    payments,
    refunds,
    saga,
    webhooks,
    relay,
    async stop() {
      if (timer) clearInterval(timer);
      await consumer.stop();
      await saga.idle();
      await relay.stop();
    },
  };
}

export type PaymentsRuntime = Awaited<ReturnType<typeof startPaymentsRuntime>>;
