import { randomUUID } from 'node:crypto';
import type { ProductStore, WriteConflict } from '../db/product-store';
import type { ProductRow } from '../domain/catalog';
import { applyProductChanges, buildNewProduct, type CreateProductInput, type UpdateProductInput } from '../domain/product-input';
import type { UserError } from '../domain/validation';
import { productCreated, productUpdated } from '../events/product-events';

export interface ProductOutcome {
  product: ProductRow | null;
  userErrors: UserError[];
}

const failure = (...userErrors: UserError[]): ProductOutcome => ({ product: null, userErrors });
const newId = (prefix: string) => `${prefix}_${randomUUID()}`;
const slugTaken = (slug: string): UserError => ({ code: 'SLUG_TAKEN', message: `Another product already uses the slug ${slug}.`, field: 'slug' });

function conflictError(conflict: WriteConflict, product: ProductRow): UserError {
  if (conflict === 'slug') return slugTaken(product.slug);
  if (conflict === 'sku') return { code: 'SKU_TAKEN', message: 'Another product already uses one of these SKUs.', field: 'variants' };
  throw new Error(`Unexpected ${conflict} conflict writing product ${product.id}.`);
}

/** How often an update is retried when another update got there first. */
const UPDATE_ATTEMPTS = 3;

/**
 * Catalogue changes by admins. Validation problems come back as userErrors; the store's unique
 * indexes have the last word on slugs and SKUs, so concurrent writers cannot both win.
 */
export function createProductAdminService(store: ProductStore, events: { notify(): void }, clock: () => Date = () => new Date()) {
  return {
    async create(input: CreateProductInput): Promise<ProductOutcome> {
      const [[category], sameSlug] = await Promise.all([store.categoriesByIds([input.categoryId]), store.findBySlug(input.slug)]);
      const built = buildNewProduct(input, { category, now: clock().toISOString(), newId });
      const errors = [...built.errors, ...(sameSlug ? [slugTaken(input.slug)] : [])];
      if (!built.product || errors.length) return failure(...errors);
      const written = await store.create(built.product, [productCreated(built.product, category!)]);
      if (!written.ok) return failure(conflictError(written.conflict, built.product));
      events.notify();
      return { product: written.product, userErrors: [] };
    },

    async update(id: string, input: UpdateProductInput): Promise<ProductOutcome> {
      for (let attempt = 1; ; attempt++) {
        const [product] = await store.findByIds([id]);
        if (!product) return failure({ code: 'PRODUCT_NOT_FOUND', message: `There is no product ${id}.`, field: 'id' });
        const [category] = await store.categoriesByIds([input.categoryId ?? product.categoryId]);
        const built = applyProductChanges(product, input, { category, now: clock().toISOString(), newId });
        if (!built.product) return failure(...built.errors);
        const written = await store.update(built.product, [productUpdated(built.product, category!)]);
        if (written.ok) {
          events.notify();
          return { product: written.product, userErrors: [] };
        }
        if (written.conflict !== 'revision' || attempt >= UPDATE_ATTEMPTS) {
          if (written.conflict === 'revision') throw new Error(`Product ${id} kept changing during the update.`);
          return failure(conflictError(written.conflict, built.product));
        }
      }
    },
  };
}

export type ProductAdminService = ReturnType<typeof createProductAdminService>;
