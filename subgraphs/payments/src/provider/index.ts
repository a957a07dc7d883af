import type { Database } from '@shop/stores';
import type { PaymentsSchema } from '../db/schema';
import type { PaymentProvider, PaymentProviderName } from './payment-provider';
import { SimulatedCardProcessor } from './simulated-card-processor';

export * from './payment-provider';
export { SimulatedCardProcessor } from './simulated-card-processor';

/** The provider PAYMENT_PROVIDER names. The simulator keeps its records in the payments database. */
export function createPaymentProvider(name: PaymentProviderName, db: Database<PaymentsSchema>): PaymentProvider {
  switch (name) {
    case 'simulated':
      return new SimulatedCardProcessor(db);
  }
}
