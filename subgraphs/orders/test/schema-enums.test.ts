import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ORDER_ERROR_CODES } from '../src/domain/errors';
import { FINANCIAL_STATUSES } from '../src/domain/financial-status';
import { FULFILLMENT_STATUSES } from '../src/domain/fulfillment-status';
import { DEPRECATED_ORDER_STATUSES, ORDER_STATUSES } from '../src/domain/order-status';

const schema = parse(readFileSync(new URL('../src/schema.graphql', import.meta.url), 'utf8'));
const enumValues = (name: string) =>
  (schema.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name) as EnumTypeDefinitionNode).values!.map((v) => v.name.value);

describe('the GraphQL contract and the domain agree', () => {
  it('on the order statuses, in order', () => {
    expect(enumValues('OrderStatus')).toEqual([...ORDER_STATUSES]);
  });

  it('on the fulfilment and financial statuses, in order', () => {
    expect(enumValues('OrderFulfillmentStatus')).toEqual([...FULFILLMENT_STATUSES]);
    expect(enumValues('OrderFinancialStatus')).toEqual([...FINANCIAL_STATUSES]);
  });

  it('on which order statuses are deprecated', () => {
    const statuses = (schema.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'OrderStatus') as EnumTypeDefinitionNode).values!;
    const deprecated = statuses.filter((v) => v.directives?.some((d) => d.name.value === 'deprecated')).map((v) => v.name.value);
    expect(deprecated).toEqual([...DEPRECATED_ORDER_STATUSES]);
  });

  it('on the error codes', () => {
    expect(enumValues('OrderErrorCode')).toEqual([...ORDER_ERROR_CODES]);
  });
});
