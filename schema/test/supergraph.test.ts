import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH } from '../src/subgraphs';

describe('committed supergraph', () => {
  const composed = composeSupergraph();

  it('is what the subgraph contracts compose to today (run `pnpm compose` when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed.supergraphSdl);
  });

  it('has an API schema that is current', () => {
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(composed.apiSchemaSdl);
  });

  it('joins all seven subgraphs', () => {
    for (const name of ['USERS', 'PRODUCTS', 'ORDERS', 'PAYMENTS', 'SEARCH', 'INVENTORY', 'AI']) {
      expect(composed.supergraphSdl).toMatch(new RegExp(`${name} @join__graph\\(name: "${name.toLowerCase()}"`));
    }
  });
});
