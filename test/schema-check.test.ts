import { describe, expect, it } from 'vitest';
import { describeChange, reviewSchemaChange } from '../scripts/schema-diff';

const before = `
"""Entry points."""
type Query {
  "An order."
  order(id: ID!): Order
  "Orders, newest first."
  orders(first: Int): [Order!]!
}
"""An order."""
type Order {
  "Its id."
  id: ID!
  "Where it is."
  status: String!
}`;

describe('schema:check (GraphQL Inspector diff against the last committed API schema)', () => {
  it('refuses a breaking change that the changelog does not record', async () => {
    const after = before.replace(/"Orders, newest first\."\n\s*orders\(first: Int\): \[Order!\]!/, '');
    const review = await reviewSchemaChange(before, after, '# changelog\n\n- Nothing yet.\n');
    expect(review.breaking.map(describeChange)).toEqual([expect.stringMatching(/^FIELD_REMOVED `Query.orders`: /)]);
    expect(review.accepted).toEqual([]);
  });

  it('lets through a breaking change recorded by type and path', async () => {
    const after = before.replace('status: String!', 'status: Int!');
    const changelog = '## Unreleased\n\n- FIELD_TYPE_CHANGED `Order.status`: now a number; map it with the table in the guide.\n';
    const review = await reviewSchemaChange(before, after, changelog);
    expect(review.breaking).toEqual([]);
    expect(review.accepted.map((c) => c.path)).toEqual(['Order.status']);
  });

  it('does not take an entry for another coordinate or another kind of change as acceptance', async () => {
    const after = before.replace('status: String!', 'status: Int!');
    for (const changelog of [
      '- FIELD_TYPE_CHANGED `Order.id`: unrelated.',
      '- FIELD_REMOVED `Order.status`: not what happened.',
      'FIELD_TYPE_CHANGED `Order.status` (not a bullet)',
    ]) {
      expect((await reviewSchemaChange(before, after, changelog)).breaking, changelog).toHaveLength(1);
    }
  });

  it('counts additions and descriptions as safe', async () => {
    const after = before.replace('"Its id."', '"Its id, stable forever."').replace('status: String!', 'status: String!\n  "New."\n  note: String');
    const review = await reviewSchemaChange(before, after, '');
    expect(review.breaking).toEqual([]);
    expect(review.safe.map((c) => c.type).sort()).toEqual(['FIELD_ADDED', 'FIELD_DESCRIPTION_ADDED', 'FIELD_DESCRIPTION_CHANGED']);
  });
});
