import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const TERMINAL = new Set(['CONFIRMED', 'OUT_OF_STOCK', 'PAYMENT_FAILED', 'CANCELLED']);
const FOLLOW = `subscription($orderId: ID!, $sinceVersion: Int) { orderUpdated(orderId: $orderId, sinceVersion: $sinceVersion) { version status } }`;

export interface Followed {
  versions: number[];
  statuses: string[];
  /** The versions it asked to resume after (0 for the first subscription). */
  resumedAfter: number[];
  done: boolean;
}

/**
 * Live order trackers as a storefront runs them: one subscription per order over graphql-ws, and
 * when the socket drops, a new one that resumes after the last version received (`sinceVersion`).
 * Each tracker stops at a terminal status.
 */
export class OrderFollowers {
  readonly followed = new Map<string, Followed>();
  private client: Client | null = null;
  private stopped = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly gatewayUrl: string,
    private readonly token: string,
  ) {}

  follow(orderId: string): void {
    if (this.followed.has(orderId)) return;
    const f: Followed = { versions: [], statuses: [], resumedAfter: [], done: false };
    this.followed.set(orderId, f);
    this.loops.push(this.loop(orderId, f));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
    await Promise.all(this.loops);
  }

  private connection(): Client {
    this.client ??= createClient({
      url: this.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${this.token}` },
    });
    return this.client;
  }

  private async loop(orderId: string, f: Followed) {
    while (!f.done && !this.stopped) {
      const after = f.versions.at(-1) ?? 0;
      f.resumedAfter.push(after);
      const client = this.connection();
      const ended = await new Promise<'error' | 'complete'>((resolve) => {
        const unsubscribe = client.subscribe<{ orderUpdated: { version: number; status: string } }>(
          { query: FOLLOW, variables: { orderId, sinceVersion: after } },
          {
            next: ({ data }) => {
              if (!data?.orderUpdated) return;
              f.versions.push(data.orderUpdated.version);
              f.statuses.push(data.orderUpdated.status);
              if (TERMINAL.has(data.orderUpdated.status)) {
                f.done = true;
                unsubscribe();
                resolve('complete');
              }
            },
            error: () => resolve('error'),
            complete: () => resolve('complete'),
          },
        );
      });
      if (ended === 'error' && this.client === client) {
        // The socket is gone (the gateway died): a fresh connection for every tracker, after a pause.
        this.client = null;
        void client.dispose();
      }
      if (!f.done && !this.stopped) await new Promise((r) => setTimeout(r, 250));
    }
  }
}
