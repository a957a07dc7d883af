import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { signIdentity } from '@shop/kit';
import type { GatewayContext } from './context';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * Sends subgraph fetches with the caller's identity signed by the gateway secret, and gives every
 * fetch a deadline so one slow subgraph cannot hold a request forever.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    options: { name: string; url: string },
    private readonly gatewaySecret: string,
    timeoutMs: number,
  ) {
    super({ url: options.url, fetcher: withTimeout(timeoutMs) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const identity = (context as Partial<GatewayContext>).identity;
    if (!identity || !request.http) return;
    for (const [name, value] of Object.entries(signIdentity(this.gatewaySecret, identity))) request.http.headers.set(name, value);
  }
}

function withTimeout(timeoutMs: number): Fetcher {
  return ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
}
