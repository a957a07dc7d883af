import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { documentIdsByName, loadDashboardOperations } from './operations';
import { renderDashboardPage } from './page';

const require = createRequire(import.meta.url);
const js = 'text/javascript; charset=utf-8';
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * What the page loads, by its name under /dashboard/assets/: graphql-ws's own browser build from
 * the gateway's node_modules and the page's script and styles, served as they are (no CDN, no build).
 */
const ASSETS: Record<string, { file: () => string; contentType: string }> = {
  'graphql-ws.js': { file: () => path.join(path.dirname(require.resolve('graphql-ws/package.json')), 'umd/graphql-ws.min.js'), contentType: js },
  'dashboard.js': { file: () => here('./dashboard-client.js'), contentType: js },
  'dashboard-view.js': { file: () => here('./dashboard-view.js'), contentType: js },
  'dashboard.css': { file: () => here('./dashboard.css'), contentType: 'text/css; charset=utf-8' },
};

/** Only the gateway itself: a stray external reference fails in the browser instead of needing the internet. */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, cache = 'no-cache') {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('cache-control', cache);
  res.end(body);
}

export type DashboardRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** GET /dashboard and its assets when enabled; false lets the gateway go on (a 404 when disabled). */
export function dashboardRoutes(options: { enabled: boolean; manifest: ReadonlyMap<string, string> }): DashboardRoutes {
  let page: string | undefined;
  const cache = new Map<string, Promise<Buffer>>();
  return async (req, res, url) => {
    if (!options.enabled || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    if (url.pathname === '/dashboard' || url.pathname === '/dashboard/') {
      if (!page) {
        const operations = loadDashboardOperations();
        page = renderDashboardPage({ graphqlPath: '/graphql', operations, documentIds: documentIdsByName(options.manifest, Object.keys(operations)) });
      }
      res.setHeader('content-security-policy', PAGE_CSP);
      send(res, 200, 'text/html; charset=utf-8', page);
      return true;
    }
    if (!url.pathname.startsWith('/dashboard/assets/')) return false;
    const name = url.pathname.slice('/dashboard/assets/'.length);
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
      return true;
    }
    let body = cache.get(name);
    if (!body) {
      body = readFile(asset.file());
      cache.set(name, body);
      body.catch(() => cache.delete(name));
    }
    send(res, 200, asset.contentType, await body, 'public, max-age=300');
    return true;
  };
}
