import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost } from '../src/limits';

/** The stand-in cost until the operation analysis supplies its own: 1 + 1 per selected field. */
describe('estimateCost', () => {
  const cost = (query: string, operationName?: string) => estimateCost({ document: parse(query), operationName });

  it('counts the operation and every selected field, through inline fragments and spreads', () => {
    expect(cost('{ __typename }')).toBe(2);
    expect(cost('{ order(id: "o1") { id status lines { quantity } } }')).toBe(6);
    expect(cost('query Q { order(id: "o1") { ...F ... on Order { id } } } fragment F on Order { status viewer }')).toBe(5);
  });

  it('prices the named operation of a document with several', () => {
    expect(cost('query A { __typename } query B { order(id: "1") { id status } }', 'B')).toBe(4);
  });

  it('walks a fragment fan-out once per fragment: F30 spreading F29 twice … answers at once', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Order { ...F${i} ...F${i} }`).join('\n');
    const document = parse(`{ order(id: "o1") { ...F30 } } fragment F0 on Order { id } ${fragments}`);
    const started = performance.now();
    expect(estimateCost({ document })).toBe(2 + 2 ** 30);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
