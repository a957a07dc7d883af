import { randomUUID } from 'node:crypto';
import { CARD } from '../shopper';
import { gql } from '../support';

/** A card the simulated processor declines: some checkouts must end PAYMENT_FAILED. */
const DECLINED = { cardNumber: '4000 0000 0000 0002', expiry: '12/34', cvc: '123' };

const ADD = `mutation($variantId: ID!) { addCartLine(variantId: $variantId, quantity: 1) { cart { id } userErrors { code } } }`;
const CHECKOUT = `mutation($input: CheckoutInput!, $key: String!) { checkout(input: $input, idempotencyKey: $key) { order { id } userErrors { code } } }`;
const ADDRESS = { name: 'Fault Suite', line1: '1 Harbour Street', city: 'Portland', postalCode: '97201', country: 'US' };

/**
 * A bounded checkout load through the gateway: `concurrency` shoppers each fill a cart with one
 * unit and check out, again and again, until stopped. Failures (a service is down) are counted
 * and the shopper tries again with a new cart after a short pause, as a storefront would.
 */
export class CheckoutLoad {
  readonly orderIds: string[] = [];
  failures = 0;
  private stopped = false;
  private workers: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly variantIds: string[],
    private readonly concurrency = 4,
  ) {}

  start(): this {
    this.stopped = false;
    this.workers = Array.from({ length: this.concurrency }, (_, w) => this.worker(w));
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers);
  }

  private async worker(w: number) {
    for (let i = 0; !this.stopped; i++) {
      try {
        const variantId = this.variantIds[(w * 7 + i) % this.variantIds.length]!;
        // An anonymous cart each time (a customer has one cart; anonymous ones are independent), checked out signed in.
        const added = await gql(this.url, ADD, { variantId });
        const cartId = added.data?.addCartLine?.cart?.id as string | undefined;
        if (!cartId) throw new Error(`addCartLine: ${JSON.stringify(added.errors ?? added.data)}`);
        const card = i % 10 === 3 ? DECLINED : CARD;
        const key = randomUUID();
        const placed = await gql(this.url, CHECKOUT, { input: { cartId, shippingAddress: ADDRESS, payment: card }, key }, this.token);
        const orderId = placed.data?.checkout?.order?.id as string | undefined;
        if (!orderId) throw new Error(`checkout: ${JSON.stringify(placed.errors ?? placed.data)}`);
        this.orderIds.push(orderId);
      } catch {
        this.failures++;
        // A pause before the next try while a service is down (load pacing, not a wait for a condition).
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }
}
