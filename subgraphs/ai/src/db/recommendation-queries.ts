import { sql, type SQL } from 'drizzle-orm';
import { productStats, purchases } from './schema';

/**
 * SQL for the recommendation reads. Each builder is one statement for a whole batch of products or
 * users: candidates are scored, numbered per source with row_number() and cut at `limit`, so a
 * DataLoader batch of 30 products costs one round trip however many rows each could return.
 *
 * Score: cosine similarity of order sets, together / sqrt(orders(a) * orders(b)); see
 * domain/scoring.ts for why and for the reference implementation. Ties: larger raw count, then
 * product id in byte order (collate "C") so PGlite and Postgres agree whatever their locale.
 */

const list = (values: readonly string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Raw numbers from a co-purchase ranking: which product, for which source, how strongly. */
export interface ScoredRow {
  sourceId: string;
  productId: string;
  together: number;
  score: number;
  rank: number;
}

/** For each source product: the products bought in the same orders, best first, at most `limit`. */
export function coPurchasedQuery(productIds: readonly string[], limit: number): SQL {
  return sql`
    with together as (
      select a.product_id as source_id, b.product_id, count(*)::int as together
      from ${purchases} a
      join ${purchases} b on b.order_id = a.order_id and b.product_id <> a.product_id
      where a.product_id in (${list(productIds)})
      group by a.product_id, b.product_id
    ),
    scored as (
      select t.source_id, t.product_id, t.together,
             t.together / sqrt(src.orders::float8 * other.orders::float8) as score
      from together t
      join ${productStats} src on src.product_id = t.source_id
      join ${productStats} other on other.product_id = t.product_id
    ),
    numbered as (
      select s.*, row_number() over (partition by s.source_id order by s.score desc, s.together desc, s.product_id collate "C") as rank
      from scored s
    )
    select source_id as "sourceId", product_id as "productId", together, score, rank::int as rank
    from numbered
    where rank <= ${limit}
    order by source_id, rank`;
}

/** A row of `forUsersQuery`: a recommendation for the user, or a product the user already owns. */
export interface UserScoredRow extends ScoredRow {
  kind: 'recommended' | 'owned';
}

/**
 * For each user: products bought together with anything they bought, scored by the sum of the
 * similarities, without what they already own; best first, at most `limit`. The owned products
 * come back in the same statement (kind 'owned') so the best-seller top-up can skip them too.
 */
export function forUsersQuery(userIds: readonly string[], limit: number): SQL {
  return sql`
    with owned as (
      select distinct customer_id as user_id, product_id
      from ${purchases}
      where customer_id in (${list(userIds)})
    ),
    together as (
      select o.user_id, o.product_id as via_id, b.product_id, count(*)::int as together
      from owned o
      join ${purchases} a on a.product_id = o.product_id
      join ${purchases} b on b.order_id = a.order_id and b.product_id <> a.product_id
      group by o.user_id, o.product_id, b.product_id
    ),
    scored as (
      select t.user_id, t.product_id, sum(t.together)::int as together,
             sum(t.together / sqrt(via.orders::float8 * other.orders::float8)) as score
      from together t
      join ${productStats} via on via.product_id = t.via_id
      join ${productStats} other on other.product_id = t.product_id
      where not exists (select 1 from owned o where o.user_id = t.user_id and o.product_id = t.product_id)
      group by t.user_id, t.product_id
    ),
    numbered as (
      select s.*, row_number() over (partition by s.user_id order by s.score desc, s.together desc, s.product_id collate "C") as rank
      from scored s
    )
    select 'recommended' as kind, user_id as "sourceId", product_id as "productId", together, score, rank::int as rank
    from numbered
    where rank <= ${limit}
    union all
    select 'owned', user_id, product_id, 0, 0::float8, 0
    from owned`;
}

/** Best sellers: by orders containing the product, then units, then id. */
export function popularQuery(limit: number): SQL {
  return sql`
    select product_id as "productId", orders, units
    from ${productStats}
    order by orders desc nulls last, units desc nulls last, product_id collate "C"
    limit ${limit}`;
}
