import { ApolloGateway } from '@apollo/gateway';
import type { SubgraphBreakers } from './circuit-breaker';
import { SignedSubgraphDataSource } from './subgraph-data-source';

/** The subgraphs a supergraph SDL names, with their routing URLs. */
export function subgraphsOf(supergraphSdl: string): { name: string; url: string }[] {
  const found: { name: string; url: string }[] = [];
  for (const m of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) found.push({ name: m[1]!, url: m[2]! });
  return found;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Per-subgraph URL overrides (docker-compose service names, test ports). */
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
  timeoutMs: number;
  /** Circuit breakers by subgraph, shared with the subscription engine's data sources. */
  breakers: SubgraphBreakers;
}

/** An Apollo gateway over a supergraph composed at build time; every fetch carries signed identity. */
export function createGateway(options: GatewayOptions) {
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedSubgraphDataSource({ name, url: options.subgraphUrls[name] ?? url! }, options.gatewaySecret, options.timeoutMs, options.breakers),
  });
}
