import { request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { sendJson, type Logger } from '@shop/kit';

/**
 * Non-GraphQL endpoints a subgraph serves to the public, reachable on the gateway's port so that
 * a deployment exposes one endpoint. The gateway forwards them untouched — method, path, query and
 * the raw body byte for byte (a webhook's signature covers it) — and the subgraph does its own
 * authentication, as it does when called directly.
 */
export interface PassThroughRoute {
  /** An exact path, or a prefix when it ends with '/'. */
  path: string;
  subgraph: string;
}

export const PUBLIC_ROUTES: readonly PassThroughRoute[] = [
  // The card processor's signed webhooks; payments verifies the signature over the raw body.
  { path: '/webhooks/card-processor', subgraph: 'payments' },
  // Product images the products subgraph serves.
  { path: '/images/', subgraph: 'products' },
];

/** Largest request body forwarded; webhooks and image requests are far smaller. */
export const MAX_PASS_THROUGH_BYTES = 1024 * 1024;

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'upgrade', 'host']);

/** Client headers minus hop-by-hop ones and anything claiming an identity (only the gateway signs those). */
function forwardedHeaders(headers: IncomingHttpHeaders, remote: string | undefined): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (HOP_BY_HOP.has(name) || name.startsWith('x-shop-') || name === 'authorization' || name === 'cookie') continue;
    out[name] = value;
  }
  out['x-forwarded-for'] = [headers['x-forwarded-for'], remote].filter(Boolean).join(', ');
  return out;
}

export function passThrough(options: {
  routes: readonly PassThroughRoute[];
  baseUrl: (subgraph: string) => string | undefined;
  timeoutMs: number;
  logger: Logger;
}) {
  const find = (pathname: string) => options.routes.find((r) => (r.path.endsWith('/') ? pathname.startsWith(r.path) : pathname === r.path));

  /** Handles the request when a route matches it; false when none does. */
  return function handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const route = find(url.pathname);
    if (!route) return false;
    const base = options.baseUrl(route.subgraph);
    if (!base) {
      sendJson(res, 404, { error: 'not found' });
      return true;
    }
    const target = new URL(url.pathname + url.search, base);
    // URL parsing resolves dot segments (also %2e%2e): what is forwarded must still be the route.
    if (find(target.pathname) !== route) {
      sendJson(res, 404, { error: 'not found' });
      return true;
    }
    const upstream = request(target, { method: req.method, headers: forwardedHeaders(req.headers, req.socket.remoteAddress), timeout: options.timeoutMs });
    let sent = 0;
    req.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > MAX_PASS_THROUGH_BYTES) {
        upstream.destroy();
        if (!res.headersSent) sendJson(res, 413, { error: `The body exceeds ${MAX_PASS_THROUGH_BYTES} bytes.` });
        req.destroy();
      }
    });
    req.pipe(upstream);
    upstream.on('response', (answer) => {
      const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    });
    upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
    upstream.on('error', (error) => {
      if (res.headersSent) return void res.destroy();
      const timedOut = error.message === 'timeout';
      options.logger.warn('pass-through request failed', { path: route.path, subgraph: route.subgraph, timedOut });
      sendJson(res, timedOut ? 504 : 502, { error: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE' });
    });
    return true;
  };
}
