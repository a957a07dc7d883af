import type { ServerResponse } from 'node:http';
import { sendJson } from '@shop/kit';
import type { GraphQLError } from 'graphql';
import type { OperationRequest } from './admission';

/** The operation an HTTP request carries: a POST body, or GET's query parameters. */
export function operationRequestOf(method: string | undefined, url: URL, body: unknown): OperationRequest {
  if (method !== 'GET') return body && typeof body === 'object' ? (body as OperationRequest) : { query: undefined };
  const params = url.searchParams;
  const rawVariables = params.get('variables');
  let variables: unknown = undefined;
  try {
    variables = rawVariables ? JSON.parse(rawVariables) : undefined;
  } catch {
    variables = rawVariables;
  }
  return { query: params.get('query') ?? undefined, operationName: params.get('operationName') ?? undefined, variables };
}

/** Answers a refused operation: its status (400) and the error with its stable code. */
export function sendRefusal(res: ServerResponse, error: GraphQLError) {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } };
  sendJson(res, http?.status ?? 400, { errors: [{ message: error.message, extensions }] });
}
