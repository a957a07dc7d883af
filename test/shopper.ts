import { randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import { gql } from './support';

/** What a storefront and an admin dashboard do through the gateway, as small typed steps. */

export const ADDRESS = { name: 'Ava Haddad', line1: '1 Harbour Street', city: 'Portland', postalCode: '97201', country: 'US' };
export const CARD = { cardNumber: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' };

export const DECLINING_CARDS = {
  '4000000000000002': 'CARD_DECLINED',
  '4000000000009995': 'INSUFFICIENT_FUNDS',
  '4000000000000069': 'EXPIRED_CARD',
  '4000000000000119': 'PROCESSING_ERROR',
} as const;

const FINAL_SAGA_STATES = ['CONFIRMED', 'OUT_OF_STOCK', 'PAYMENT_FAILED', 'CANCELLED'];

export interface Level {
  warehouseId: string;
  onHand: number;
  reserved: number;
  available: number;
}

export class Shopper {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  async call<T = any>(query: string, variables: Record<string, unknown> = {}) {
    const res = await gql<T>(this.url, query, variables, this.token);
    if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async addCartLine(variantId: string, quantity: number, cartId?: string) {
    const data = await this.call(
      `mutation($cartId: ID, $variantId: ID!, $quantity: Int!) {
        addCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) {
          cart { id totalQuantity subtotal { amount currencyCode } lines { id quantity unitPrice { amount } total { amount } variant { id } } }
          userErrors { code message field }
        }
      }`,
      { cartId, variantId, quantity },
    );
    return data.addCartLine as { cart: { id: string; totalQuantity: number; subtotal: { amount: string }; lines: any[] } | null; userErrors: any[] };
  }

  /** A new anonymous (or the caller's) cart holding `quantity` of a variant; returns its id. */
  async cartWith(variantId: string, quantity = 1): Promise<string> {
    const result = await this.addCartLine(variantId, quantity);
    if (!result.cart) throw new Error(`addCartLine failed: ${JSON.stringify(result.userErrors)}`);
    return result.cart.id;
  }

  async checkout(cartId: string, options: { card?: typeof CARD; idempotencyKey?: string } = {}) {
    const data = await this.call(
      `mutation($input: CheckoutInput!, $key: String!) {
        checkout(input: $input, idempotencyKey: $key) { order { id status total { amount } } userErrors { code message field } }
      }`,
      { input: { cartId, shippingAddress: ADDRESS, payment: options.card ?? CARD }, key: options.idempotencyKey ?? randomUUID() },
    );
    return data.checkout as { order: { id: string; status: string; total: { amount: string } } | null; userErrors: any[] };
  }

  async order(id: string) {
    const data = await this.call(
      `query($id: ID!) {
        order(id: $id) {
          id status fulfillmentStatus financialStatus failureReason version total { amount }
          lines { quantity variant { id } }
          statusHistory { version from to fulfillmentStatus financialStatus reason }
          shipment { carrier trackingNumber }
          payments { id status amount { amount } capturedAmount { amount } refundedAmount { amount } failureCode refunds { amount { amount } source } }
        }
      }`,
      { id },
    );
    return data.order;
  }

  /** Waits until the saga has finished with the order (or `status` is reached) and returns it. */
  async settled(orderId: string, status?: string) {
    let order: any;
    await waitFor(
      async () => {
        order = await this.order(orderId);
        return status ? order?.status === status : FINAL_SAGA_STATES.includes(order?.status);
      },
      { timeoutMs: 60_000, intervalMs: 50, message: `order ${orderId} to reach ${status ?? 'a settled state'}` },
    );
    return order;
  }

  async levels(productId: string, variantId: string): Promise<Level[]> {
    const data = await this.call(
      `query($id: ID!) { product(id: $id) { variants { id inventory { levels { warehouse { id } onHand reserved available } } } } }`,
      { id: productId },
    );
    const variant = data.product.variants.find((v: { id: string }) => v.id === variantId);
    return variant.inventory.levels.map((l: any) => ({ warehouseId: l.warehouse.id, onHand: l.onHand, reserved: l.reserved, available: l.available }));
  }

  async adjustStock(variantId: string, warehouseId: string, delta: number) {
    const data = await this.call(
      `mutation($input: AdjustStockInput!, $key: String!) { adjustStock(input: $input, idempotencyKey: $key) { level { onHand } userErrors { code message } } }`,
      { input: { variantId, warehouseId, delta, reason: 'test setup' }, key: randomUUID() },
    );
    if (data.adjustStock.userErrors.length) throw new Error(JSON.stringify(data.adjustStock.userErrors));
  }

  async orderMutation(name: 'shipOrder' | 'markOrderDelivered' | 'cancelOrder', args: Record<string, unknown>) {
    const signature = { shipOrder: '$input: ShipOrderInput!', markOrderDelivered: '$orderId: ID!', cancelOrder: '$orderId: ID!, $reason: String!' }[name];
    const call = { shipOrder: 'input: $input', markOrderDelivered: 'orderId: $orderId', cancelOrder: 'orderId: $orderId, reason: $reason' }[name];
    const res = await gql(this.url, `mutation(${signature}) { ${name}(${call}) { order { id status } userErrors { code message } } }`, args, this.token);
    return res;
  }

  async refund(paymentId: string, amount: string, idempotencyKey = randomUUID()) {
    const data = await this.call(
      `mutation($input: RefundPaymentInput!, $key: String!) {
        refundPayment(input: $input, idempotencyKey: $key) { payment { status refundedAmount { amount } } refund { amount { amount } } userErrors { code message } }
      }`,
      { input: { paymentId, amount, reason: 'test' }, key: idempotencyKey },
    );
    return data.refundPayment;
  }
}

/** Sum of a list of levels' fields. */
export const total = (levels: Level[], field: keyof Omit<Level, 'warehouseId'>) => levels.reduce((n, l) => n + l[field], 0);

/** Runs `count` tasks at most `limit` at a time and returns their results in order. */
export async function inBatches<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}
