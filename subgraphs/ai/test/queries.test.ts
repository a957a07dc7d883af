import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { coPurchasedQuery, forUsersQuery, popularQuery } from '../src/db/recommendation-queries';

const dialect = new PgDialect();
const render = (q: Parameters<PgDialect['sqlToQuery']>[0]) => {
  const { sql, params } = dialect.sqlToQuery(q);
  return { sql: sql.replace(/\s+/g, ' '), params };
};

describe('recommendation query builders', () => {
  it('ranks co-purchases of every product in one statement, cut per product', () => {
    const { sql, params } = render(coPurchasedQuery(['p1', 'p2'], 7));
    expect(params).toEqual(['p1', 'p2', 7]);
    expect(sql).toContain('where a.product_id in ($1, $2)');
    expect(sql).toContain('b.product_id <> a.product_id');
    expect(sql).toContain('row_number() over (partition by s.source_id order by s.score desc, s.together desc, s.product_id collate "C")');
    expect(sql).toContain('t.together / sqrt(src.orders::float8 * other.orders::float8)');
    expect(sql).toContain('where rank <= $3');
    expect(sql).toContain('from "ai"."purchases" a');
  });

  it("sums scores over a user's purchases, leaves owned products out, and returns them", () => {
    const { sql, params } = render(forUsersQuery(['u1', 'u2', 'u3'], 10));
    expect(params).toEqual(['u1', 'u2', 'u3', 10]);
    expect(sql).toContain('where customer_id in ($1, $2, $3)');
    expect(sql).toContain('sum(t.together / sqrt(via.orders::float8 * other.orders::float8))');
    expect(sql).toContain('where not exists (select 1 from owned o where o.user_id = t.user_id and o.product_id = t.product_id)');
    expect(sql).toContain('row_number() over (partition by s.user_id');
    expect(sql).toContain("union all select 'owned'");
  });

  it('orders best sellers by orders, units, then id', () => {
    const { sql, params } = render(popularQuery(3));
    expect(params).toEqual([3]);
    expect(sql).toContain('order by orders desc nulls last, units desc nulls last, product_id collate "C" limit $1');
  });
});
