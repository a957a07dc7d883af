import type { IncomingMessage } from 'node:http';

/**
 * Whether a WebSocket upgrade may proceed, by its Origin header, with CORS_ORIGINS semantics:
 * browsers always send Origin on a WebSocket handshake (and cannot forge it), so an allow-list
 * stops other sites from opening sockets with a visitor's credentials (cross-site WebSocket
 * hijacking). Allowed: no Origin at all (servers, CLIs — not a browser), an origin on the list,
 * or the gateway's own origin (a page it serves itself). Everything else is refused with 403.
 */
export function isAllowedOrigin(request: IncomingMessage, allowList: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowList.has(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
