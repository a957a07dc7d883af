import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { createShopClient, OrderTrackingDocument, type LiveSubscription, type ShopClient } from '@shop/client';
import WebSocket from 'ws';

const TERMINAL = new Set(['CONFIRMED', 'OUT_OF_STOCK', 'PAYMENT_FAILED', 'CANCELLED']);

export interface Followed {
  versions: number[];
  statuses: string[];
  /** When each change arrived (ms since the epoch). */
  arrivedAt: number[];
  done: boolean;
  /** Why the subscription ended for good before a terminal status, if it did. */
  failed?: string;
}

/**
 * Live order trackers as a storefront runs them, with the SDK frontends use (@shop/client): one
 * `OrderTracking` subscription per order, which the client re-subscribes by itself after a dropped
 * socket, from the last version it delivered (`sinceVersion`). Each tracker stops at a terminal status.
 */
export class OrderFollowers {
  readonly followed = new Map<string, Followed>();
  private readonly client: ShopClient;
  private readonly signedIn: Promise<unknown>;
  private readonly subscriptions: LiveSubscription[] = [];

  constructor(gatewayUrl: string) {
    // The suite's shopper: the orders it follows are its own.
    this.client = createShopClient({ url: gatewayUrl, webSocketImpl: WebSocket, resume: { attempts: 30, maxDelayMs: 2_000 } });
    this.signedIn = this.client.login(DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
  }

  follow(orderId: string): void {
    if (this.followed.has(orderId)) return;
    const f: Followed = { versions: [], statuses: [], arrivedAt: [], done: false };
    this.followed.set(orderId, f);
    void this.signedIn.then(() => {
      const subscription = this.client.subscribe(
        OrderTrackingDocument,
        { orderId, sinceVersion: 0 },
        {
          next: ({ orderUpdated }) => {
            f.versions.push(orderUpdated.version);
            f.statuses.push(orderUpdated.status);
            f.arrivedAt.push(Date.now());
            if (TERMINAL.has(orderUpdated.status)) {
              f.done = true;
              subscription.unsubscribe();
            }
          },
          error: (error) => void (f.failed = `${error.code}: ${error.message}`),
        },
      );
      this.subscriptions.push(subscription);
    });
  }

  async stop(): Promise<void> {
    await this.signedIn.catch(() => {});
    for (const s of this.subscriptions) s.unsubscribe();
    await this.client.close();
  }
}
