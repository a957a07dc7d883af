import { CATALOG_CURRENCY, lowestPrice, type Attribute, type CategoryRow, type Image, type ProductRow, type Variant, withPriceChange } from './catalog';
import {
  checkAttributes,
  checkDistinctSkus,
  checkImages,
  checkPrice,
  checkSku,
  checkSlug,
  checkText,
  MAX_VARIANTS,
  type Errors,
  type UserError,
} from './validation';

export interface NewVariantInput {
  sku: string;
  name: string;
  price: string;
  attributes?: readonly Attribute[] | null;
}

export interface CreateProductInput {
  slug: string;
  name: string;
  description?: string | null;
  brand: string;
  categoryId: string;
  images?: readonly Image[] | null;
  attributes?: readonly Attribute[] | null;
  variants: readonly NewVariantInput[];
}

export interface VariantChangeInput {
  id?: string | null;
  sku?: string | null;
  name?: string | null;
  price?: string | null;
  attributes?: readonly Attribute[] | null;
}

/** Fields left out (or null) stay as they are. */
export interface UpdateProductInput {
  slug?: string | null;
  name?: string | null;
  description?: string | null;
  brand?: string | null;
  categoryId?: string | null;
  images?: readonly Image[] | null;
  attributes?: readonly Attribute[] | null;
  variants?: readonly VariantChangeInput[] | null;
}

export interface BuildContext {
  /** The category the input names, when it exists. */
  category: CategoryRow | undefined;
  now: string;
  newId: (prefix: 'prd' | 'var') => string;
}

export type BuildResult = { product: ProductRow; errors: [] } | { product: null; errors: UserError[] };

const result = (errors: Errors, product: () => ProductRow): BuildResult => (errors.length ? { product: null, errors } : { product: product(), errors: [] });

const unknownCategory = (id: string): UserError => ({ code: 'UNKNOWN_CATEGORY', message: `There is no category ${id}.`, field: 'categoryId' });

/** Validates a new product and builds it with its derived fields; reports every problem at once. */
export function buildNewProduct(input: CreateProductInput, context: BuildContext): BuildResult {
  const errors: Errors = [];
  const slug = checkSlug(errors, input.slug);
  const name = checkText(errors, input.name, 'name', 'INVALID_NAME', 200);
  const description = checkText(errors, input.description ?? '', 'description', 'INVALID_DESCRIPTION', 5000, 0);
  const brand = checkText(errors, input.brand, 'brand', 'INVALID_BRAND', 100);
  if (!context.category) errors.push(unknownCategory(input.categoryId));
  const images = checkImages(errors, input.images ?? []);
  const attributes = checkAttributes(errors, input.attributes ?? [], 'attributes');
  if (!input.variants.length || input.variants.length > MAX_VARIANTS) {
    errors.push({ code: 'NO_VARIANTS', message: `Give 1 to ${MAX_VARIANTS} variants.`, field: 'variants' });
  }
  const variants = input.variants.map((v, i) => newVariant(errors, v, `variants.${i}`, context.newId('var')));
  checkDistinctSkus(
    errors,
    input.variants.map((v) => v.sku.trim()),
  );
  const category = context.category!;
  return result(errors, () =>
    derive(
      {
        id: context.newId('prd'),
        slug: slug!,
        name: name!,
        description: description!,
        brand: brand!,
        categoryId: category.id,
        categoryIds: [],
        currencyCode: CATALOG_CURRENCY,
        priceMinor: 0,
        images: images!,
        attributes: attributes!,
        variants: variants as Variant[],
        createdAt: context.now,
        updatedAt: context.now,
        revision: 0,
      },
      category,
    ),
  );
}

/**
 * Applies an update to `product`. `context.category` is the new category when the input moves the
 * product, else the current one (it is needed to recompute the category path either way).
 */
export function applyProductChanges(product: ProductRow, input: UpdateProductInput, context: BuildContext): BuildResult {
  const errors: Errors = [];
  const next: ProductRow = { ...product, updatedAt: context.now };
  if (input.slug != null) next.slug = checkSlug(errors, input.slug) ?? next.slug;
  if (input.name != null) next.name = checkText(errors, input.name, 'name', 'INVALID_NAME', 200) ?? next.name;
  if (input.description != null) next.description = checkText(errors, input.description, 'description', 'INVALID_DESCRIPTION', 5000, 0) ?? next.description;
  if (input.brand != null) next.brand = checkText(errors, input.brand, 'brand', 'INVALID_BRAND', 100) ?? next.brand;
  if (input.images != null) next.images = checkImages(errors, input.images) ?? next.images;
  if (input.attributes != null) next.attributes = checkAttributes(errors, input.attributes, 'attributes') ?? next.attributes;
  const categoryId = input.categoryId ?? product.categoryId;
  if (context.category?.id !== categoryId) errors.push(unknownCategory(categoryId));
  if (input.variants != null) next.variants = changeVariants(errors, product.variants, input.variants, { ...context, since: product.createdAt });
  // Indexes of the product's variants are not those of the input: name the list.
  checkDistinctSkus(
    errors,
    next.variants.map((v) => v.sku),
    () => 'variants',
  );
  return result(errors, () => derive({ ...next, categoryId }, context.category!));
}

function changeVariants(
  errors: Errors,
  current: readonly Variant[],
  changes: readonly VariantChangeInput[],
  context: BuildContext & { since: string },
): Variant[] {
  if (current.length + changes.filter((c) => c.id == null).length > MAX_VARIANTS) {
    errors.push({ code: 'NO_VARIANTS', message: `A product has at most ${MAX_VARIANTS} variants.`, field: 'variants' });
  }
  const variants = [...current];
  changes.forEach((change, i) => {
    const field = `variants.${i}`;
    if (change.id == null) {
      const { sku, name, price } = change;
      if (sku == null || name == null || price == null) {
        errors.push({ code: 'INVALID_VARIANT', message: 'A new variant needs a sku, a name and a price.', field });
        return;
      }
      const added = newVariant(errors, { sku, name, price, attributes: change.attributes }, field, context.newId('var'));
      if (added) variants.push(added);
      return;
    }
    const at = variants.findIndex((v) => v.id === change.id);
    if (at < 0) {
      errors.push({ code: 'UNKNOWN_VARIANT', message: `This product has no variant ${change.id}.`, field: `${field}.id` });
      return;
    }
    const v = { ...variants[at]! };
    if (change.sku != null) v.sku = checkSku(errors, change.sku, `${field}.sku`) ?? v.sku;
    if (change.name != null) v.name = checkText(errors, change.name, `${field}.name`, 'INVALID_VARIANT', 100) ?? v.name;
    if (change.price != null) {
      const priceMinor = checkPrice(errors, change.price, `${field}.price`) ?? v.priceMinor;
      if (priceMinor !== v.priceMinor) v.priceHistory = withPriceChange(v, priceMinor, context.now, context.since);
      v.priceMinor = priceMinor;
    }
    if (change.attributes != null) v.attributes = checkAttributes(errors, change.attributes, `${field}.attributes`) ?? v.attributes;
    variants[at] = v;
  });
  return variants;
}

function newVariant(errors: Errors, input: NewVariantInput, field: string, id: string): Variant | undefined {
  const before = errors.length;
  const sku = checkSku(errors, input.sku, `${field}.sku`);
  const name = checkText(errors, input.name, `${field}.name`, 'INVALID_VARIANT', 100);
  const priceMinor = checkPrice(errors, input.price, `${field}.price`);
  const attributes = checkAttributes(errors, input.attributes ?? [], `${field}.attributes`);
  return errors.length === before ? { id, sku: sku!, name: name!, priceMinor: priceMinor!, attributes: attributes! } : undefined;
}

/** Recomputes what is derived from other fields: the lowest price and the category path. */
export function derive(product: ProductRow, category: CategoryRow): ProductRow {
  return { ...product, priceMinor: lowestPrice(product.variants), categoryIds: [...category.ancestorIds, category.id] };
}
