import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAssetStore } from './assets';
import { loadExampleTabs, type ExampleTab } from './examples';
import { renderExplorerPage } from './page';
import { publishedApiSchema } from './published-schema';

export interface ExplorerOptions {
  supergraphSdl: string;
  /** Serve the explorer (GET /explorer, and GET /graphql from a browser). */
  enabled: boolean;
  /** Load the schema from /schema.graphql instead of introspecting (introspection is off in production). */
  usePublishedSchema: boolean;
  /** Example operation tabs; schema/operations/ when absent. */
  tabs?: ExampleTab[];
}

/** Answers a request when it is one of the explorer's routes; false lets the gateway go on. */
export type ExplorerRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

const GRAPHQL_PATH = '/graphql';

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, cache = 'no-cache') {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('cache-control', cache);
  res.setHeader('x-content-type-options', 'nosniff');
  res.end(body);
}

/**
 * The page may load and connect to the gateway only: a stray CDN reference fails loudly in the
 * browser instead of quietly needing the internet. (GraphiQL sets inline styles; no inline script runs.)
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A browser navigating to the endpoint (not a GraphQL GET, which asks for JSON). */
function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').split(',').some((type) => type.trim().startsWith('text/html'));
}

/**
 * The partner-facing routes: GET /schema.graphql (the published API SDL, always on) and the
 * self-hosted GraphiQL explorer with its assets (only when enabled).
 */
export function explorerRoutes(options: ExplorerOptions): ExplorerRoutes {
  // Worked out on first request: a gateway start does not pay for it.
  let sdl: string | undefined;
  const assets = createAssetStore();
  let page: string | undefined;
  const explorerPage = () => {
    if (page) return page;
    const tabs = options.tabs ?? loadExampleTabs();
    const examplesVersion = createHash('sha256').update(JSON.stringify(tabs)).digest('hex').slice(0, 12);
    return (page = renderExplorerPage({
      graphqlPath: GRAPHQL_PATH,
      schemaUrl: options.usePublishedSchema ? '/schema.graphql' : undefined,
      tabs,
      examplesVersion,
    }));
  };

  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/schema.graphql') {
      send(res, 200, 'text/plain; charset=utf-8', (sdl ??= publishedApiSchema(options.supergraphSdl)));
      return true;
    }
    if (!options.enabled) return false;
    if (url.pathname === '/explorer' || url.pathname === '/explorer/' || (url.pathname === GRAPHQL_PATH && wantsHtml(req))) {
      res.setHeader('content-security-policy', PAGE_CSP);
      send(res, 200, 'text/html; charset=utf-8', explorerPage());
      return true;
    }
    if (url.pathname.startsWith('/explorer/assets/')) {
      const asset = await assets(url.pathname.slice('/explorer/assets/'.length));
      if (!asset) send(res, 404, 'text/plain; charset=utf-8', 'not found');
      else send(res, 200, asset.contentType, asset.body, 'public, max-age=3600');
      return true;
    }
    return false;
  };
}
