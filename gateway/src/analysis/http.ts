import type { ServerResponse } from 'node:http';
import { sendJson } from '@shop/kit';
import type { GraphQLError } from 'graphql';
import type { OperationRequest } from './admission';

/** What an HTTP request carries: the operation, and a registered document's id (trusted documents). */
export interface HttpOperationRequest extends OperationRequest {
  documentId?: unknown;
  extensions?: unknown;
}

/** The operation an HTTP request carries: a POST body, or GET's query parameters. */
export function operationRequestOf(method: string | undefined, url: URL, body: unknown): HttpOperationRequest {
  if (method !== 'GET') return body && typeof body === 'object' ? (body as HttpOperationRequest) : { query: undefined };
  const params = url.searchParams;
  const request: HttpOperationRequest = {
    query: params.get('query') ?? undefined,
    operationName: params.get('operationName') ?? undefined,
    variables: jsonParam(params.get('variables')),
  };
  if (params.has('documentId')) request.documentId = params.get('documentId');
  if (params.has('extensions')) request.extensions = jsonParam(params.get('extensions'));
  return request;
}

/** A GET URL whose parameters carry `request` (a registered document's text in place of its id). */
export function searchWith(url: URL, request: HttpOperationRequest): URL {
  const next = new URL(url);
  next.searchParams.delete('documentId');
  if (typeof request.query === 'string') next.searchParams.set('query', request.query);
  if (request.extensions === undefined) next.searchParams.delete('extensions');
  else next.searchParams.set('extensions', JSON.stringify(request.extensions));
  return next;
}

function jsonParam(raw: string | null): unknown {
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return raw;
  }
}

/** Answers a refused operation: its status (400) and the error with its stable code. */
export function sendRefusal(res: ServerResponse, error: GraphQLError) {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } };
  sendJson(res, http?.status ?? 400, { errors: [{ message: error.message, extensions }] });
}
