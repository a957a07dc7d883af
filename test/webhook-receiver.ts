import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: IncomingMessage['headers'];
  body: string;
  /** Whether the signature checked out with the secret the receiver was given (partner-guide recipe). */
  verified: boolean;
}

/**
 * A partner endpoint, as a partner would write it: a real HTTP server that verifies each
 * delivery's signature (HMAC-SHA256 over `${timestamp}.${body}`, independently of the platform's
 * code) and answers 204. `down()` closes its port (connections are refused) until `up()`.
 */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  private server: Server | null = null;
  private port = 0;
  secret = '';

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        this.received.push({ headers: req.headers, body, verified: verify(this.secret, req.headers, body) });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/shop`;
  }

  /** Deliveries received with this delivery id header. */
  of(deliveryId: string): ReceivedDelivery[] {
    return this.received.filter((r) => r.headers['shop-webhook-delivery'] === deliveryId);
  }
}

function verify(secret: string, headers: IncomingMessage['headers'], body: string): boolean {
  const timestamp = String(headers['shop-webhook-timestamp'] ?? '');
  const signature = String(headers['shop-webhook-signature'] ?? '');
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), expected);
}
