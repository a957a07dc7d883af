import type { FormattedExecutionResult } from 'graphql';
import { ShopClientError, TRANSIENT_CODES, TRANSIENT_STATUSES } from './errors';
import { isSafeToRetry, type OperationInfo } from './operations';
import { backoffMs, delay, retryAfterMs, type RetryPolicy } from './retry';
import type { SessionKeeper } from './session';

export interface HttpTransportOptions {
  url: string;
  fetch: typeof fetch;
  headers: Record<string, string>;
  persistedDocuments: boolean;
  retry: RetryPolicy;
  timeoutMs: number;
}

export interface HttpResult<TData> extends FormattedExecutionResult<TData> {
  status: number;
}

/** The body an operation is sent as: its registered id (trusted documents) or its text. */
export function requestBody(info: OperationInfo, variables: Record<string, unknown> | undefined, persisted: boolean) {
  const common = { operationName: info.name, variables: variables ?? {} };
  if (!persisted) return { query: info.text, ...common };
  if (!info.hash)
    throw new Error(
      `Operation ${info.name ?? '(anonymous)'} is not a registered document (no __meta__.hash): add it to schema/operations/ and run pnpm codegen.`,
    );
  return { documentId: `sha256:${info.hash}`, ...common };
}

/**
 * Queries and mutations over fetch. A safe operation (isSafeToRetry) is sent again after a network
 * failure, a 429/502/503/504 or transient error codes, with back-off honouring Retry-After; any
 * operation is sent again once after a 401 if the session could be renewed (the gateway refused
 * it before running it).
 */
export async function sendOperation<TData>(
  options: HttpTransportOptions,
  keeper: SessionKeeper,
  info: OperationInfo,
  variables: Record<string, unknown> | undefined,
  signal?: AbortSignal,
): Promise<HttpResult<TData>> {
  const body = JSON.stringify(requestBody(info, variables, options.persistedDocuments));
  const safe = isSafeToRetry(info, variables);
  let renewed = false;
  for (let attempt = 1; ; attempt++) {
    const token = await keeper.token();
    const more = safe && attempt < options.retry.attempts;
    let response: Response;
    let result: FormattedExecutionResult<TData> | undefined;
    try {
      response = await options.fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...options.headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(options.timeoutMs)]) : AbortSignal.timeout(options.timeoutMs),
      });
      result = (await response.json().catch(() => undefined)) as FormattedExecutionResult<TData> | undefined;
    } catch (error) {
      if (signal?.aborted) throw error;
      if (more) {
        await delay(backoffMs(options.retry, attempt), signal);
        continue;
      }
      throw new ShopClientError(`${info.name ?? 'The operation'} could not reach the API: ${(error as Error).message}`, [], undefined, { cause: error });
    }
    if (response.status === 401 && !renewed && (await keeper.renewAfterRefusal(token))) {
      renewed = true;
      attempt--;
      continue;
    }
    const errors = result?.errors ?? [];
    const transient = TRANSIENT_STATUSES.has(response.status) || (errors.length > 0 && errors.every((e) => TRANSIENT_CODES.has(e.extensions?.code as string)));
    if (transient && more) {
      await delay(retryAfterMs(response.headers.get('retry-after'), options.retry) ?? backoffMs(options.retry, attempt), signal);
      continue;
    }
    if (!result || (result.data === undefined && !result.errors)) {
      throw new ShopClientError(`${info.name ?? 'The operation'} got an unreadable response (HTTP ${response.status}).`, [], response.status);
    }
    return { ...result, status: response.status };
  }
}
