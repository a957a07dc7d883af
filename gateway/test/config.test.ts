import { createLogger } from '@shop/kit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATION_LIMITS, gatewayServerOptions, loadGatewayConfig } from '../src';

/** The limits and the breaker come from the one zod config shared by both entry points. */
describe('gateway config: limits and breaker', () => {
  const logger = createLogger('silent');

  it('defaults to the documented limits and maps every variable', () => {
    expect(gatewayServerOptions(loadGatewayConfig({}), logger)).toMatchObject({
      operationLimits: DEFAULT_OPERATION_LIMITS,
      breaker: { failureThreshold: 5, coolDownMs: 10_000 },
    });
    const env = {
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_ALIASES: '5',
      MAX_QUERY_ROOT_FIELDS: '4',
      MAX_QUERY_HEIGHT: '50',
      MAX_QUERY_DIRECTIVES: '6',
      MAX_QUERY_TOKENS: '700',
      MAX_QUERY_COST: '100',
      QUERY_DEFAULT_LIST_SIZE: '3',
      SUBGRAPH_BREAKER_FAILURES: '2',
      SUBGRAPH_BREAKER_COOLDOWN_MS: '500',
    };
    expect(gatewayServerOptions(loadGatewayConfig(env), logger)).toMatchObject({
      operationLimits: { maxDepth: 8, maxAliases: 5, maxRootFields: 4, maxHeight: 50, maxDirectives: 6, maxTokens: 700, maxCost: 100, defaultListSize: 3 },
      breaker: { failureThreshold: 2, coolDownMs: 500 },
    });
  });

  it('lists every bad value at start', () => {
    expect(() => loadGatewayConfig({ MAX_QUERY_DEPTH: '0', MAX_QUERY_COST: 'lots' })).toThrow(/MAX_QUERY_DEPTH[\s\S]*MAX_QUERY_COST/);
  });
});
