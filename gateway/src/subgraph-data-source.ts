import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { graphqlRuntime, IDENTITY_HEADERS, signIdentity, type Identity } from '@shop/kit';
import { SubgraphBreakers, type CircuitBreaker } from './circuit-breaker';
import type { GatewayContext } from './context';

type Response = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;
type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/** Outage codes clients may switch on; they never name the subgraph or its URL. */
export const OutageCode = { SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE', SUBGRAPH_TIMEOUT: 'SUBGRAPH_TIMEOUT' } as const;

const outage = (code: keyof typeof OutageCode) =>
  new graphqlRuntime.GraphQLError(
    code === 'SUBGRAPH_TIMEOUT' ? 'A service did not answer in time; some fields are missing.' : 'A service is unavailable; some fields are missing.',
    { extensions: { code } },
  );

/**
 * Sends subgraph fetches with the caller's identity signed by the gateway secret, and gives every
 * fetch a deadline so one slow subgraph cannot hold a request forever. The signature is made in
 * the fetcher, over the exact method and body sent: headers captured from one call are refused
 * with any other body, and after 60 s. Fetches go through the subgraph's circuit breaker: a
 * refused connection, a 5xx or a timeout counts as a failure and is answered as
 * SUBGRAPH_UNAVAILABLE / SUBGRAPH_TIMEOUT (its fields become null); while the breaker is open the
 * answer comes at once, without a fetch.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly breaker: CircuitBreaker;

  constructor(options: { name: string; url: string }, gatewaySecret: string, timeoutMs: number, breakers: SubgraphBreakers = new SubgraphBreakers()) {
    super({ url: options.url, fetcher: signingFetcher(gatewaySecret, timeoutMs) });
    this.breaker = breakers.of(options.name);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Response> {
    if (!this.breaker.tryAcquire()) throw outage('SUBGRAPH_UNAVAILABLE');
    try {
      const response = await super.process(options);
      this.breaker.success();
      return response;
    } catch (error) {
      const kind = outageKind(error);
      if (!kind) {
        // The subgraph answered (a 4xx): it is up; the error is masked like any other.
        this.breaker.success();
        throw error;
      }
      this.breaker.failure();
      throw outage(kind);
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const identity = (context as Partial<GatewayContext>).identity;
    if (!identity || !request.http) return;
    // Unsigned here; the fetcher signs them with the body.
    request.http.headers.set(IDENTITY_HEADERS.userId, identity.userId ?? '');
    request.http.headers.set(IDENTITY_HEADERS.role, identity.role ?? '');
    request.http.headers.set(IDENTITY_HEADERS.requestId, identity.requestId);
    request.http.headers.set(IDENTITY_HEADERS.clientIp, identity.clientIp ?? '');
  }
}

/** Whether a failed fetch means the subgraph is down or slow (and which), or answered with a client error. */
function outageKind(error: unknown): keyof typeof OutageCode | null {
  const e = error as { name?: string; extensions?: { response?: { status?: number } }; cause?: { name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return 'SUBGRAPH_TIMEOUT';
  const status = e?.extensions?.response?.status;
  if (typeof status === 'number') return status >= 500 ? 'SUBGRAPH_UNAVAILABLE' : null;
  return 'SUBGRAPH_UNAVAILABLE';
}

function signingFetcher(secret: string, timeoutMs: number): Fetcher {
  return (async (url: string, init: RequestInit & { headers: Record<string, string> }) => {
    const headers = { ...init.headers };
    const requestId = headers[IDENTITY_HEADERS.requestId];
    if (requestId !== undefined) {
      const identity = {
        userId: headers[IDENTITY_HEADERS.userId] || null,
        role: (headers[IDENTITY_HEADERS.role] || null) as Identity['role'],
        requestId,
        clientIp: headers[IDENTITY_HEADERS.clientIp] || null,
      };
      Object.assign(headers, signIdentity(secret, identity, { method: init.method ?? 'POST', body: String(init.body ?? '') }));
    }
    return fetch(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
  }) as unknown as Fetcher;
}
