import type { Logger } from '@shop/kit';
import { GraphQLError } from 'graphql';
import { sha256, type DocumentManifest } from './manifest';

export { DEFAULT_MANIFEST_PATH, manifestOf, readManifest, sha256, type DocumentManifest } from './manifest';

/**
 * `off`: anything runs (development); registered ids are still accepted. `audit`: unregistered
 * documents run and are logged (once per document per process), to find what a rollout would
 * break. `enforce`: only registered documents, sent by id; anything else is refused.
 */
export const TRUSTED_DOCUMENT_MODES = ['off', 'audit', 'enforce'] as const;
export type TrustedDocumentMode = (typeof TRUSTED_DOCUMENT_MODES)[number];

export const TrustedDocumentCode = {
  /** An id that is not in the manifest. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** Document text in enforce mode (registered or not): only ids run. */
  PERSISTED_QUERY_REQUIRED: 'PERSISTED_QUERY_REQUIRED',
} as const;

/** The parts of a request (HTTP body or GET parameters, graphql-ws subscribe payload) this reads. */
export interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

export type Resolution<R> = { ok: true; request: R } | { ok: false; error: GraphQLError };

/** How many unregistered documents audit mode remembers having logged (then it logs them again). */
const AUDIT_MEMORY = 10_000;

/**
 * Trusted documents (GraphQL-over-HTTP's persisted documents): turns a request that names a
 * registered document — `documentId` ("sha256:<hex>" or bare hex) or Apollo's
 * `extensions.persistedQuery.sha256Hash` — into one carrying its text, before admission and
 * Apollo see it, and applies the mode to the rest. Apollo's own automatic persisted queries stay
 * off: a client cannot register a document.
 */
export class TrustedDocuments {
  private readonly logged = new Set<string>();

  constructor(
    readonly mode: TrustedDocumentMode,
    private readonly manifest: DocumentManifest,
    private readonly logger: Logger,
  ) {}

  resolve<R extends DocumentRequest>(request: R, transport: 'http' | 'ws'): Resolution<R> {
    const id = idOf(request);
    if (id && !id.ok) return refuse('BAD_REQUEST', id.message);
    // An empty query is how a graphql-ws client sends an id (the protocol requires a string).
    const text = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;
    const { documentId: _id, extensions, ...rest } = request;
    const others = withoutPersistedQuery(extensions);
    if (id) {
      const registered = this.manifest.get(id.hash);
      if (registered !== undefined) {
        if (text !== undefined && text !== registered) return refuse('BAD_REQUEST', 'The request sends a document id and a different document text.');
        return { ok: true, request: { ...rest, query: registered, ...(others ? { extensions: others } : {}) } as unknown as R };
      }
      if (text === undefined || this.mode === 'enforce') {
        return refuse(TrustedDocumentCode.PERSISTED_QUERY_NOT_FOUND, `No registered document has the id sha256:${id.hash}.`);
      }
    }
    if (text === undefined || this.mode === 'off')
      return { ok: true, request: { ...rest, query: request.query, ...(others ? { extensions: others } : {}) } as R };
    const hash = sha256(text);
    if (this.mode === 'enforce') {
      const hint = this.manifest.has(hash) ? ` This document is registered: send {"documentId": "sha256:${hash}"} instead of its text.` : '';
      return refuse(
        TrustedDocumentCode.PERSISTED_QUERY_REQUIRED,
        `This API runs only registered documents, sent by id (documentId, or extensions.persistedQuery.sha256Hash).${hint}`,
      );
    }
    if (!this.manifest.has(hash) && !this.logged.has(hash)) {
      if (this.logged.size >= AUDIT_MEMORY) this.logged.clear();
      this.logged.add(hash);
      const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
      this.logger.warn('unregistered document ran (trusted documents: audit)', { sha256: hash, operationName, transport, document: text.slice(0, 2000) });
    }
    return { ok: true, request: { ...rest, query: text, ...(others ? { extensions: others } : {}) } as R };
  }
}

function idOf(request: DocumentRequest): { ok: true; hash: string } | { ok: false; message: string } | null {
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown; version?: unknown } } | undefined)?.persistedQuery;
  const raw = request.documentId ?? persisted?.sha256Hash;
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') return { ok: false, message: 'documentId must be a string.' };
  const hash = raw.startsWith('sha256:') ? raw.slice('sha256:'.length) : raw;
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) return { ok: false, message: 'documentId must be "sha256:" and 64 hexadecimal digits.' };
  if (request.documentId != null && persisted?.sha256Hash != null && persisted.sha256Hash !== hash)
    return { ok: false, message: 'documentId and extensions.persistedQuery name different documents.' };
  return { ok: true, hash: hash.toLowerCase() };
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return undefined;
  const { persistedQuery: _pq, ...others } = extensions as Record<string, unknown>;
  return Object.keys(others).length ? others : undefined;
}

const refuse = (code: string, message: string): Resolution<never> => ({
  ok: false,
  error: new GraphQLError(message, { extensions: { code, http: { status: 400 } } }),
});
