import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose';

/** Every schema coordinate partners see (types, fields, arguments, input fields, enum values) with its description. */
function coordinates(type: GraphQLNamedType): [string, string | null | undefined][] {
  const own: [string, string | null | undefined][] = [[type.name, type.description]];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      own.push([`${type.name}.${field.name}`, field.description]);
      for (const arg of field.args) own.push([`${type.name}.${field.name}(${arg.name}:)`, arg.description]);
    }
  }
  if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) own.push([`${type.name}.${field.name}`, field.description]);
  if (isEnumType(type)) for (const value of type.getValues()) own.push([`${type.name}.${value.name}`, value.description]);
  return own;
}

describe('the public API schema documents itself (the explorer and /schema.graphql show these)', () => {
  const schema = buildSchema(composeSupergraph().apiSchemaSdl);
  const all = Object.values(schema.getTypeMap())
    .filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t))
    .flatMap(coordinates);

  it('has a description on every type, field, argument, input field and enum value', () => {
    expect(all.length).toBeGreaterThan(500);
    // Add a "description" above each one in its subgraph's schema.graphql, then `pnpm compose`.
    expect(all.filter(([, description]) => !description?.trim()).map(([coordinate]) => coordinate)).toEqual([]);
  });

  it("publishes an entity's description from its owner, not from a subgraph that only contributes fields", () => {
    // A contributing subgraph describes its share in a # comment; a description there could win composition.
    expect(all.filter(([, description]) => /^Owned by /.test(description ?? '')).map(([coordinate]) => coordinate)).toEqual([]);
  });
});
