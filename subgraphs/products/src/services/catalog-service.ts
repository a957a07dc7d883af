import { badInput, pageSize, toConnection, type Connection } from '@shop/kit';
import type { ProductStore } from '../db/product-store';
import type { CategoryRow, ProductRow } from '../domain/catalog';
import { cursorOf, parseProductCursor, parseProductFilter, type ProductFilterInput, type ProductSort } from '../domain/product-query';
import type { Loaders } from '../loaders';

/** A page of products; the total is counted only when a client asks for it. */
export interface ProductPage extends Omit<Connection<ProductRow>, 'totalCount'> {
  totalCount(): Promise<number>;
}

export interface ProductsArgs {
  first?: number | null;
  after?: string | null;
  filter?: ProductFilterInput | null;
  sort?: ProductSort | null;
}

type Lookup = { id?: string | null; slug?: string | null };

function exactlyOne({ id, slug }: Lookup): { id: string } | { slug: string } {
  if (id != null && slug == null) return { id };
  if (slug != null && id == null) return { slug };
  throw badInput('Pass exactly one of "id" and "slug".');
}

/** Read side of the catalogue; made per request because it shares the request's loaders. */
export function createCatalogService(store: ProductStore, loaders: Loaders) {
  return {
    async product(lookup: Lookup): Promise<ProductRow | null> {
      const key = exactlyOne(lookup);
      if ('id' in key) return loaders.productById.load(key.id);
      const product = await store.findBySlug(key.slug);
      if (!product) return null;
      loaders.productById.prime(product.id, product);
      return product;
    },

    async products(args: ProductsArgs): Promise<ProductPage> {
      const first = pageSize(args.first);
      const sort = args.sort ?? 'NEWEST';
      const criteria = parseProductFilter(args.filter);
      const after = parseProductCursor(args.after, sort);
      // One row more than asked for tells whether there is a next page (and limit 0 means "all").
      const rows = await store.list({ criteria, sort, after, limit: first + 1 });
      for (const row of rows) loaders.productById.prime(row.id, row);
      const { edges, pageInfo } = toConnection(rows, first, 0, (p) => cursorOf(p, sort));
      let total: Promise<number> | undefined;
      return { edges, pageInfo, totalCount: () => (total ??= store.count(criteria)) };
    },

    categories: (): Promise<CategoryRow[]> => store.categories(),

    async category(lookup: Lookup): Promise<CategoryRow | null> {
      const key = exactlyOne(lookup);
      if ('id' in key) return loaders.categoryById.load(key.id);
      return (await store.categoryBySlug(key.slug)) ?? null;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
