import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from. With `trustedProxies` = 0 (the default) it is the socket's
 * peer and X-Forwarded-For is ignored, so a client cannot pick its own rate-limit key. Behind n
 * proxies that each append to X-Forwarded-For, the n-th address from the right is the client's.
 */
export function clientIp(req: IncomingMessage, trustedProxies: number): string {
  const peer = normalise(req.socket.remoteAddress ?? 'unknown');
  if (trustedProxies <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  // The peer is the last proxy; each further trusted proxy vouches for one more hop to the left.
  const index = hops.length - trustedProxies;
  if (hops.length === 0) return peer;
  return normalise(hops[Math.max(index, 0)]!);
}

const normalise = (address: string) => address.replace(/^::ffff:/, '');
