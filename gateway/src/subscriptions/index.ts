import type { ServiceMap } from '@apollo/gateway';
import type { SubgraphBreakers } from '../circuit-breaker';
import { subgraphsOf } from '../gateway';
import { SignedSubgraphDataSource } from '../subgraph-data-source';
import { eventPayloadRoute } from './event-payload';
import { SubscriptionExecutor } from './subscription-executor';
import { SubscriptionPlanner } from './subscription-planner';
import { UpstreamSubscriptions } from './upstream';
import { serveGatewayWs, type GatewayWsOptions, type SocketLimits } from './ws-server';

export { WsErrorCode } from './errors';
export { EVENT_PAYLOAD_PATH } from './event-payload';
export type { SocketLimits } from './ws-server';

export const DEFAULT_SOCKET_LIMITS: SocketLimits = { connectionInitTimeoutMs: 3000, maxMessageBytes: 64 * 1024, maxSubscriptionsPerSocket: 100 };

/** Events buffered per subscription, at each of the two hops (subgraph → gateway, gateway → client). */
const SUBSCRIPTION_BUFFER = 100;

/** The socket endpoint's options, with what builds its planner and executor in their place. */
export interface SubscriptionServerOptions extends Omit<GatewayWsOptions, 'planner' | 'executor'> {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
  timeoutMs: number;
  breakers: SubgraphBreakers;
}

/**
 * Federated subscriptions on the gateway's HTTP server: the graphql-ws endpoint, the planner, one
 * upstream socket per subgraph and the per-event executor. `close()` closes client sockets with
 * 1001, which completes every upstream subscription, then closes the upstream sockets.
 */
export function startSubscriptions(options: SubscriptionServerOptions): {
  /** POST /internal/event-payload (event-payload.ts): a stored subscription document run on one event. */
  eventPayload: ReturnType<typeof eventPayloadRoute>;
  close(): Promise<void>;
} {
  const { logger } = options;
  const subgraphs = subgraphsOf(options.supergraphSdl).map((s) => ({ name: s.name, url: options.subgraphUrls[s.name] ?? s.url }));
  const planner = new SubscriptionPlanner(options.supergraphSdl);
  const dataSources: ServiceMap = {};
  for (const s of subgraphs) dataSources[s.name] = new SignedSubgraphDataSource(s, options.gatewaySecret, options.timeoutMs, options.breakers);
  const upstream = new UpstreamSubscriptions({
    urls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url.replace(/^http/, 'ws')])),
    gatewaySecret: options.gatewaySecret,
    ackTimeoutMs: options.timeoutMs,
    bufferSize: SUBSCRIPTION_BUFFER,
    logger,
  });
  const executor = new SubscriptionExecutor({ planner, upstream, dataSources, bufferSize: SUBSCRIPTION_BUFFER, mask: options.mask, logger });
  const endpoint = serveGatewayWs({ ...options, planner, executor });
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
  const eventPayload = eventPayloadRoute({
    planner,
    dataSources,
    subgraphUrls: urls,
    gatewaySecret: options.gatewaySecret,
    timeoutMs: options.timeoutMs,
    mask: options.mask,
    logger,
  });
  return {
    eventPayload,
    async close() {
      await endpoint.close();
      await upstream.close();
    },
  };
}
