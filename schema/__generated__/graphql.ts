/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  line1: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
};

export type AdjustStockInput = {
  /** Units to add (positive) or remove (negative); not zero. */
  delta: Scalars['Int']['input'];
  /** Why the stock changed, e.g. 'cycle count' or 'damaged in transit'. */
  reason: Scalars['String']['input'];
  variantId: Scalars['ID']['input'];
  warehouseId: Scalars['ID']['input'];
};

/** The level after the adjustment on success; userErrors otherwise. */
export type AdjustStockResult = {
  __typename?: 'AdjustStockResult';
  level?: Maybe<StockLevel>;
  userErrors: Array<InventoryUserError>;
};

/** A named property, e.g. Material: Oak. */
export type Attribute = {
  __typename?: 'Attribute';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type AttributeInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** The outcome of register or login: a token and user on success, userErrors otherwise. */
export type AuthResult = {
  __typename?: 'AuthResult';
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** A JWT to send as `Authorization: Bearer <token>`. */
  token?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

/** A shopping cart: anonymous carts are addressed by id alone, a customer's cart belongs to them. */
export type Cart = {
  __typename?: 'Cart';
  id: Scalars['ID']['output'];
  lines: Array<CartLine>;
  subtotal: Money;
  /** Sum of the line quantities. */
  totalQuantity: Scalars['Int']['output'];
  updatedAt: Scalars['String']['output'];
};

export type CartLine = {
  __typename?: 'CartLine';
  id: Scalars['ID']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  total: Money;
  unitPrice: Money;
  variant?: Maybe<ProductVariant>;
};

/** A node of the category tree. Filtering products by a category includes its descendants. */
export type Category = {
  __typename?: 'Category';
  /** The path from the root down to the parent (empty for a root). */
  ancestors: Array<Category>;
  children: Array<Category>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Null for a root category. */
  parent?: Maybe<Category>;
  slug: Scalars['String']['output'];
};

export type CreateProductInput = {
  attributes?: InputMaybe<Array<AttributeInput>>;
  brand: Scalars['String']['input'];
  categoryId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  images?: InputMaybe<Array<ImageInput>>;
  name: Scalars['String']['input'];
  /** Lowercase letters, digits and dashes; unique in the catalogue. */
  slug: Scalars['String']['input'];
  /** At least one. */
  variants: Array<NewVariantInput>;
};

export type Facet = {
  __typename?: 'Facet';
  /** category, brand or price. */
  name: Scalars['String']['output'];
  /**
   * category and brand: values with matches, most frequent first. price: the buckets "0-25",
   * "25-50", "50-100", "100-250" and "250+" (lower bound inclusive), always all five in this order.
   */
  values: Array<FacetValue>;
};

export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type Image = {
  __typename?: 'Image';
  altText: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type ImageInput = {
  altText: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type InventoryErrorCode =
  /** The idempotency key was already used for a different adjustment. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Removing that many units would leave fewer on hand than are reserved. */
  | 'INSUFFICIENT_STOCK'
  /** The warehouse, or the variant's stock record in it, does not exist. */
  | 'NOT_FOUND';

export type InventoryUserError = {
  __typename?: 'InventoryUserError';
  code: InventoryErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type Money = {
  __typename?: 'Money';
  /** Decimal string in the currency's major unit, e.g. "19.99". */
  amount: Scalars['String']['output'];
  /** ISO 4217 code, e.g. USD. */
  currencyCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds `delta` units (negative to remove) to a variant's stock in one warehouse. Admins only.
   * Retrying with the same idempotencyKey and input returns the first result without applying it twice.
   */
  adjustStock: AdjustStockResult;
  /** Adds a product to the catalogue. Admins only. */
  createProduct: ProductPayload;
  /** Exchanges an email and password for a signed access token. */
  login: AuthResult;
  /** Creates a customer account and signs it in. */
  register: AuthResult;
  /** Changes a product; fields left out stay as they are. Admins only. */
  updateProduct: ProductPayload;
};


export type MutationAdjustStockArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AdjustStockInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};

export type NewVariantInput = {
  attributes?: InputMaybe<Array<AttributeInput>>;
  name: Scalars['String']['input'];
  /** Decimal string greater than zero, e.g. "19.99". */
  price: Scalars['String']['input'];
  /** Unique in the catalogue. */
  sku: Scalars['String']['input'];
};

/**
 * A placed order. Prices, names and SKUs are snapshots taken at purchase, so later catalog changes do
 * not rewrite history.
 */
export type Order = {
  __typename?: 'Order';
  createdAt: Scalars['String']['output'];
  currencyCode: Scalars['String']['output'];
  customer: User;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human-friendly order number, e.g. SO-100001. */
  number: Scalars['String']['output'];
  /** Oldest first. The order's customer and staff only; empty for anyone else. */
  payments: Array<Payment>;
  shipping: Money;
  status: OrderStatus;
  /** Sum of the line totals. */
  subtotal: Money;
  tax: Money;
  /** subtotal + shipping + tax. */
  total: Money;
  updatedAt: Scalars['String']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

/** Narrows Query.orders; every given condition must hold. */
export type OrderFilter = {
  /** ISO 8601 instant; orders created at or after it. */
  createdAfter?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 instant; orders created strictly before it. */
  createdBefore?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  id: Scalars['ID']['output'];
  product: Product;
  /** The product's name when the order was placed. */
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  /** unitPrice x quantity. */
  total: Money;
  unitPrice: Money;
  variant?: Maybe<ProductVariant>;
};

/**
 * Where an order is in its lifecycle: PENDING -> RESERVED -> CONFIRMED -> FULFILLED -> DELIVERED, with
 * CANCELLED, PAYMENT_FAILED, REFUNDED and PARTIALLY_REFUNDED as the ways out.
 */
export type OrderStatus =
  | 'CANCELLED'
  /** Paid. */
  | 'CONFIRMED'
  | 'DELIVERED'
  /** Shipped. */
  | 'FULFILLED'
  | 'PARTIALLY_REFUNDED'
  | 'PAYMENT_FAILED'
  /** Placed; stock not yet reserved. */
  | 'PENDING'
  | 'REFUNDED'
  /** Stock reserved; awaiting payment. */
  | 'RESERVED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Money taken (or attempted) for an order by card. Card numbers are never stored: only the brand and
 * the last four digits.
 */
export type Payment = {
  __typename?: 'Payment';
  /** The amount authorized and, once captured, charged. */
  amount: Money;
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  method: PaymentMethodSummary;
  order: Order;
  /** How much of the captured amount has been given back; zero until a refund. */
  refundedAmount: Money;
  status: PaymentStatus;
  updatedAt: Scalars['String']['output'];
};

/** The card used, as far as it is safe to show: never the full number. */
export type PaymentMethodSummary = {
  __typename?: 'PaymentMethodSummary';
  /** Card network, e.g. VISA. */
  brand: Scalars['String']['output'];
  /** The last four digits of the card number. */
  last4: Scalars['String']['output'];
};

/**
 * Where a payment is in its lifecycle: PENDING -> AUTHORIZED -> CAPTURED -> PARTIALLY_REFUNDED ->
 * REFUNDED, with FAILED (authorization declined) and VOIDED (authorization released) as the other ends.
 */
export type PaymentStatus =
  /** The provider holds the amount on the card. */
  | 'AUTHORIZED'
  /** The amount has been charged. */
  | 'CAPTURED'
  /** The provider declined the authorization. */
  | 'FAILED'
  /** Part of the captured amount has been refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Created; not yet sent to the card provider. */
  | 'PENDING'
  /** All of the captured amount has been refunded. */
  | 'REFUNDED'
  /** The authorization was released without charging. */
  | 'VOIDED';

/** Owned by products; ai contributes what other shoppers bought with it. */
export type Product = {
  __typename?: 'Product';
  attributes: Array<Attribute>;
  brand: Scalars['String']['output'];
  category: Category;
  createdAt: Scalars['String']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  images: Array<Image>;
  /** Stock across every variant and warehouse of the product. */
  inventory: ProductInventory;
  name: Scalars['String']['output'];
  /** The lowest price among the product's variants. */
  price: Money;
  /**
   * Customers who bought this also bought: products found in the same orders, most related first
   * (cosine similarity of the orders containing each product), topped up with best sellers when
   * fewer are known. Never the product itself. `first` is 0 to 50.
   */
  recommendations: Array<Product>;
  /** Unique, URL-friendly name, e.g. voltix-classic-headphones-0001. */
  slug: Scalars['String']['output'];
  variants: Array<ProductVariant>;
};


/** Owned by products; ai contributes what other shoppers bought with it. */
export type ProductRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  /** Products matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductErrorCode =
  | 'INVALID_ATTRIBUTE'
  | 'INVALID_BRAND'
  | 'INVALID_DESCRIPTION'
  | 'INVALID_IMAGE'
  | 'INVALID_NAME'
  | 'INVALID_PRICE'
  | 'INVALID_SKU'
  | 'INVALID_SLUG'
  | 'INVALID_VARIANT'
  | 'NO_VARIANTS'
  | 'PRODUCT_NOT_FOUND'
  | 'SKU_TAKEN'
  | 'SLUG_TAKEN'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_VARIANT';

export type ProductFilter = {
  brand?: InputMaybe<Scalars['String']['input']>;
  /** Products in this category or any category below it. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 100 ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Lowest variant price at most this much, as a decimal string. */
  maxPrice?: InputMaybe<Scalars['String']['input']>;
  /** Lowest variant price at least this much, as a decimal string, e.g. "20.00". */
  minPrice?: InputMaybe<Scalars['String']['input']>;
};

/** How many units can be sold now. No stock records means nothing to sell. */
export type ProductInventory = {
  __typename?: 'ProductInventory';
  /** Sum of on-hand minus reserved units over every warehouse (and variant, for a product); never negative. */
  available: Scalars['Int']['output'];
  inStock: Scalars['Boolean']['output'];
  /** The stock level per warehouse (and variant). Staff only: selecting it as anyone else is an error. */
  levels: Array<StockLevel>;
};

/** The outcome of createProduct or updateProduct: the product on success, userErrors otherwise. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  product?: Maybe<Product>;
  userErrors: Array<ProductUserError>;
};

export type ProductSort =
  | 'NAME_ASC'
  /** Newest first (the default). */
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC';

export type ProductUserError = {
  __typename?: 'ProductUserError';
  code: ProductErrorCode;
  /** The input field at fault, e.g. variants.0.price. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** Owned by products; inventory contributes how many can be sold. */
export type ProductVariant = {
  __typename?: 'ProductVariant';
  attributes: Array<Attribute>;
  id: Scalars['ID']['output'];
  /** Stock of the variant across every warehouse. */
  inventory: ProductInventory;
  /** What sets the variant apart, e.g. "Size: M". */
  name: Scalars['String']['output'];
  price: Money;
  product: Product;
  sku: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A cart by id. Anonymous carts are readable by anyone holding the id; a customer's cart by its owner and staff. */
  cart?: Maybe<Cart>;
  /** Every category, roots first. */
  categories: Array<Category>;
  /** A category by id or by slug: pass exactly one. */
  category?: Maybe<Category>;
  /** The signed-in user, or null for an anonymous caller. */
  me?: Maybe<User>;
  /** The signed-in customer's current cart, or null. */
  myCart?: Maybe<Cart>;
  /** An order by id. Customers see only their own (null for anyone else's); staff see all. */
  order?: Maybe<Order>;
  /** All orders, newest first. Admins and support only. */
  orders: OrderConnection;
  /** A payment by id. Customers see only their own (null for anyone else's); staff see all. */
  payment?: Maybe<Payment>;
  /** A product by id or by slug: pass exactly one. */
  product?: Maybe<Product>;
  /** The catalogue, a page at a time. `first` is 0 to 100 (default 20). */
  products: ProductConnection;
  /**
   * Full-text product search with typo tolerance, filters and facets. An empty query browses
   * everything that passes the filters. Results are ordered by relevance, then by product id.
   */
  search: SearchResult;
  /** Any user by id. Admins and support only. */
  user?: Maybe<User>;
  /** Every warehouse. Support and admins only. */
  warehouses: Array<Warehouse>;
};


export type QueryCartArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCategoryArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilters>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters, with a letter and a digit. */
  password: Scalars['String']['input'];
};

export type Role =
  | 'ADMIN'
  | 'CUSTOMER'
  | 'SUPPORT';

export type SearchFilters = {
  /** Products of any of these brands (exact names). */
  brands?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Products whose category, or any ancestor of it, is one of these. */
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: only products with stock available; false: only sold-out ones. */
  inStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lowest variant price at most this much, a decimal string in USD. */
  maxPrice?: InputMaybe<Scalars['String']['input']>;
  /** Lowest variant price at least this much, a decimal string in USD, e.g. "25" or "24.99". */
  minPrice?: InputMaybe<Scalars['String']['input']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  product: Product;
  /** Relevance; higher is better. Scores compare within one result list only (0 when browsing). */
  score: Scalars['Float']['output'];
};

export type SearchResult = {
  __typename?: 'SearchResult';
  /** Counts over every match: category (by name), brand and price (fixed buckets in USD). */
  facets: Array<Facet>;
  hits: Array<SearchHit>;
  pageInfo: PageInfo;
  /** Every product that matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** The stock of one variant in one warehouse. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** onHand minus reserved. */
  available: Scalars['Int']['output'];
  /** Units physically in the warehouse. */
  onHand: Scalars['Int']['output'];
  /** Units promised to orders that have not shipped yet. */
  reserved: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  variantId: Scalars['ID']['output'];
  warehouse: Warehouse;
};

export type UpdateProductInput = {
  /** Replaces the attributes. */
  attributes?: InputMaybe<Array<AttributeInput>>;
  brand?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the images. */
  images?: InputMaybe<Array<ImageInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Changes existing variants (by id) and adds new ones (without id). Variants left out stay. */
  variants?: InputMaybe<Array<VariantChangeInput>>;
};

/** Owned by users; ai contributes suggestions from the user's purchase history. */
export type User = {
  __typename?: 'User';
  /** Visible to the account owner and staff; null for anyone else. */
  addresses?: Maybe<Array<Address>>;
  createdAt: Scalars['String']['output'];
  /** Visible to the account owner and staff; null for anyone else. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Newest first. The user themselves and staff only. */
  orders: OrderConnection;
  /**
   * Products often bought with what this user bought, excluding what they already own, topped up
   * with best sellers (new customers get best sellers). Visible to the user and to staff only.
   * `first` is 0 to 50.
   */
  recommendedProducts: Array<Product>;
  role: Role;
};


/** Owned by users; ai contributes suggestions from the user's purchase history. */
export type UserOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Owned by users; ai contributes suggestions from the user's purchase history. */
export type UserRecommendedProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_EMAIL'
  | 'INVALID_NAME'
  | 'WEAK_PASSWORD';

export type VariantChangeInput = {
  attributes?: InputMaybe<Array<AttributeInput>>;
  /** The variant to change; leave out to add a variant (then sku, name and price are required). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['String']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
};

/** A place stock is kept and shipped from. */
export type Warehouse = {
  __typename?: 'Warehouse';
  city: Scalars['String']['output'];
  /** Short code, e.g. EAST. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthResult', token?: string | null, expiresAt?: string | null, user?: { __typename?: 'User', id: string, name: string, role: Role } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string, field?: string | null }> } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthResult', token?: string | null, expiresAt?: string | null, user?: { __typename?: 'User', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string, field?: string | null }> } };

export type MyAccountQueryVariables = Exact<{
  ordersFirst?: InputMaybe<Scalars['Int']['input']>;
  ordersAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyAccountQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email?: string | null, addresses?: Array<{ __typename?: 'Address', id: string, line1: string, city: string, postalCode: string, country: string, isDefault: boolean }> | null, orders: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string } } }> }, recommendedProducts: Array<{ __typename?: 'Product', id: string, slug: string, name: string, price: { __typename?: 'Money', amount: string, currencyCode: string } }> } | null };

export type OrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDetailQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, shipping: { __typename?: 'Money', amount: string, currencyCode: string }, tax: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'OrderLine', id: string, quantity: number, productName: string, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, slug: string, images: Array<{ __typename?: 'Image', url: string, altText: string }> } }>, payments: Array<{ __typename?: 'Payment', id: string, status: PaymentStatus, amount: { __typename?: 'Money', amount: string, currencyCode: string }, method: { __typename?: 'PaymentMethodSummary', brand: string, last4: string } }> } | null };

export type AdminOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
}>;


export type AdminOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string }, customer: { __typename?: 'User', id: string, name: string, email?: string | null }, lines: Array<{ __typename?: 'OrderLine', quantity: number, product: { __typename?: 'Product', id: string, name: string, inventory: { __typename?: 'ProductInventory', available: number } } }> } }> } };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
  idempotencyKey: Scalars['String']['input'];
}>;


export type AdjustStockMutation = { __typename?: 'Mutation', adjustStock: { __typename?: 'AdjustStockResult', level?: { __typename?: 'StockLevel', sku: string, onHand: number, reserved: number, available: number, warehouse: { __typename?: 'Warehouse', id: string, name: string } } | null, userErrors: Array<{ __typename?: 'InventoryUserError', code: InventoryErrorCode, message: string, field?: string | null }> } };

export type CatalogPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  sort?: InputMaybe<ProductSort>;
}>;


export type CatalogPageQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, slug: string, name: string, brand: string, price: { __typename?: 'Money', amount: string, currencyCode: string }, images: Array<{ __typename?: 'Image', url: string, altText: string }>, inventory: { __typename?: 'ProductInventory', inStock: boolean } } }> } };

export type ProductPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ProductPageQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, name: string, description: string, brand: string, category: { __typename?: 'Category', id: string, name: string, parent?: { __typename?: 'Category', id: string, name: string } | null }, images: Array<{ __typename?: 'Image', url: string, altText: string }>, attributes: Array<{ __typename?: 'Attribute', name: string, value: string }>, price: { __typename?: 'Money', amount: string, currencyCode: string }, variants: Array<{ __typename?: 'ProductVariant', id: string, sku: string, name: string, price: { __typename?: 'Money', amount: string, currencyCode: string }, inventory: { __typename?: 'ProductInventory', available: number, inStock: boolean } }>, inventory: { __typename?: 'ProductInventory', available: number, inStock: boolean }, recommendations: Array<{ __typename?: 'Product', id: string, slug: string, name: string, price: { __typename?: 'Money', amount: string, currencyCode: string } }> } | null };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, slug: string, name: string, parent?: { __typename?: 'Category', id: string } | null }> };

export type SearchProductsQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilters>;
}>;


export type SearchProductsQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets: Array<{ __typename?: 'Facet', name: string, values: Array<{ __typename?: 'FacetValue', value: string, count: number }> }>, hits: Array<{ __typename?: 'SearchHit', score: number, product: { __typename?: 'Product', id: string, slug: string, name: string, brand: string, price: { __typename?: 'Money', amount: string, currencyCode: string }, inventory: { __typename?: 'ProductInventory', inStock: boolean } } }> } };


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const MyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const AdminOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const CatalogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"24"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPageQuery, CatalogPageQueryVariables>;
export const ProductPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const SearchProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchProductsQuery, SearchProductsQueryVariables>;