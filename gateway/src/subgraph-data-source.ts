import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADERS, signIdentity, type Identity } from '@shop/kit';
import type { GatewayContext } from './context';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * Sends subgraph fetches with the caller's identity signed by the gateway secret, and gives every
 * fetch a deadline so one slow subgraph cannot hold a request forever. The signature is made in
 * the fetcher, over the exact method and body sent: headers captured from one call are refused
 * with any other body, and after 60 s.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: { name: string; url: string }, gatewaySecret: string, timeoutMs: number) {
    super({ url: options.url, fetcher: signingFetcher(gatewaySecret, timeoutMs) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const identity = (context as Partial<GatewayContext>).identity;
    if (!identity || !request.http) return;
    // Unsigned here; the fetcher signs them with the body.
    request.http.headers.set(IDENTITY_HEADERS.userId, identity.userId ?? '');
    request.http.headers.set(IDENTITY_HEADERS.role, identity.role ?? '');
    request.http.headers.set(IDENTITY_HEADERS.requestId, identity.requestId);
  }
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
      };
      Object.assign(headers, signIdentity(secret, identity, { method: init.method ?? 'POST', body: String(init.body ?? '') }));
    }
    return fetch(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
  }) as unknown as Fetcher;
}
