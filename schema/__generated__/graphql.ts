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

/** The outcome of register, login or refreshToken: tokens and user on success, userErrors otherwise. */
export type AuthResult = {
  __typename?: 'AuthResult';
  /** When `token` expires (ISO 8601). */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** An opaque token for `refreshToken`; single use. Keep it secret: it is never sent as a bearer token. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** When `refreshToken` expires (ISO 8601). */
  refreshTokenExpiresAt?: Maybe<Scalars['String']['output']>;
  /** A short-lived JWT to send as `Authorization: Bearer <token>`. */
  token?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

/** Card details as typed. Exchanged for a token at checkout; never stored or logged. */
export type CardInput = {
  cardNumber: Scalars['String']['input'];
  cvc: Scalars['String']['input'];
  /** MM/YY or MM/YYYY. */
  expiry: Scalars['String']['input'];
};

/**
 * A shopping cart: anonymous carts are addressed by id alone, a customer's cart belongs to them. Carts
 * hold variants and quantities; prices are the catalogue's current ones. Carts expire when left alone.
 */
export type Cart = {
  __typename?: 'Cart';
  /**
   * True when the cart has lines and none has a warning: checkout will not refuse it for stock it
   * knows is missing (the stock reservation at checkout still has the last word).
   */
  checkoutReady: Scalars['Boolean']['output'];
  currencyCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Lines whose variant is for sale, in the order they were added. */
  lines: Array<CartLine>;
  subtotal: Money;
  /** Sum of the line quantities. */
  totalQuantity: Scalars['Int']['output'];
  updatedAt: Scalars['String']['output'];
};

export type CartLine = {
  __typename?: 'CartLine';
  /** Units inventory last reported as available to buy; null while unknown. */
  available?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  total: Money;
  /** The variant's current catalogue price. */
  unitPrice: Money;
  variant?: Maybe<ProductVariant>;
  /** Why the line cannot be bought as it stands (stock fell since it was added); empty when it can. */
  warnings: Array<CartLineWarning>;
};

/** A problem with a cart line the frontend shows next to it; checkout refuses the cart until it is fixed. */
export type CartLineWarning = {
  __typename?: 'CartLineWarning';
  code: CartLineWarningCode;
  message: Scalars['String']['output'];
};

export type CartLineWarningCode =
  /** Fewer units are available than the line holds. */
  | 'INSUFFICIENT_STOCK'
  /** Nothing of the variant is available now. */
  | 'OUT_OF_STOCK';

export type CartPayload = {
  __typename?: 'CartPayload';
  cart?: Maybe<Cart>;
  userErrors: Array<OrderUserError>;
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

export type ChatAuthorRole =
  | 'CUSTOMER'
  /** Any staff member (SUPPORT or ADMIN). */
  | 'SUPPORT';

export type ChatErrorCode =
  | 'CONVERSATION_CLOSED'
  | 'CONVERSATION_NOT_FOUND'
  /** The clientMessageId was already used for a different message in this conversation. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Empty after trimming, or over 2,000 characters. */
  | 'INVALID_MESSAGE'
  /** Empty after trimming, or over 200 characters. */
  | 'INVALID_SUBJECT';

export type ChatMessage = {
  __typename?: 'ChatMessage';
  author: User;
  authorRole: ChatAuthorRole;
  body: Scalars['String']['output'];
  conversationId: Scalars['ID']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 1, 2, 3… within the conversation, without gaps: the cursor for catching up (`afterSeq`). */
  seq: Scalars['Int']['output'];
};

export type ChatMessagePayload = {
  __typename?: 'ChatMessagePayload';
  message?: Maybe<ChatMessage>;
  userErrors: Array<ChatUserError>;
};

export type ChatUserError = {
  __typename?: 'ChatUserError';
  code: ChatErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type CheckoutInput = {
  /** The caller's own cart or an anonymous one. */
  cartId: Scalars['ID']['input'];
  payment: CardInput;
  shippingAddress: ShippingAddressInput;
};

export type CheckoutPayload = {
  __typename?: 'CheckoutPayload';
  /** The order, PENDING when just placed; the saga moves it on (see Order.status). */
  order?: Maybe<Order>;
  userErrors: Array<OrderUserError>;
};

/** A chat between one customer and support. Readable by its customer and by staff (SUPPORT, ADMIN). */
export type Conversation = {
  __typename?: 'Conversation';
  createdAt: Scalars['String']['output'];
  customer: User;
  id: Scalars['ID']['output'];
  /**
   * Messages in seq order: those with seq > `afterSeq` (default 0), at most 100; `last` (1 to 100)
   * keeps only the newest `last` of them. Page forward with `afterSeq` = the last seq you have.
   */
  messages: Array<ChatMessage>;
  status: ConversationStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};


/** A chat between one customer and support. Readable by its customer and by staff (SUPPORT, ADMIN). */
export type ConversationMessagesArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ConversationPayload = {
  __typename?: 'ConversationPayload';
  conversation?: Maybe<Conversation>;
  userErrors: Array<ChatUserError>;
};

export type ConversationStatus =
  | 'CLOSED'
  | 'OPEN';

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

export type ExplainedRecommendation = {
  __typename?: 'ExplainedRecommendation';
  product: Product;
  reason: Scalars['String']['output'];
  /** Blend of co-purchase cosine, content similarity and popularity (higher is closer). */
  score: Scalars['Float']['output'];
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

/** A weekly forecast with its 80 % interval. Staff only (SUPPORT, ADMIN). */
export type Forecast = {
  __typename?: 'Forecast';
  /** The same model trained without the last 8 weeks and scored on them. */
  backtest: ForecastBacktest;
  /** What produced it, e.g. Holt-Winters on the department times the product's share. */
  model: Scalars['String']['output'];
  /** The next weeks, the first starting today (UTC). */
  points: Array<ForecastPoint>;
};

export type ForecastBacktest = {
  __typename?: 'ForecastBacktest';
  /** Share of the held-out weeks inside the 80 % interval. */
  coverage: Scalars['Float']['output'];
  /** Mean absolute scaled error (scaled by the in-sample seasonal-naive error); below 1 beats it. */
  mase: Scalars['Float']['output'];
  /** The seasonal-naive forecast's own MASE on the same weeks: the baseline. */
  seasonalNaiveMase: Scalars['Float']['output'];
  weeks: Scalars['Int']['output'];
};

export type ForecastPoint = {
  __typename?: 'ForecastPoint';
  /** 80 % prediction interval. */
  lower: Scalars['Float']['output'];
  upper: Scalars['Float']['output'];
  /** Units for demand; minor units (cents) of the shop currency for revenue. */
  value: Scalars['Float']['output'];
  /** Start of the week (ISO time). */
  weekStart: Scalars['String']['output'];
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

export type LogoutResult = {
  __typename?: 'LogoutResult';
  ok: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type LowStockAlert = {
  __typename?: 'LowStockAlert';
  available: Scalars['Int']['output'];
  product: Product;
  threshold: Scalars['Int']['output'];
  variant: ProductVariant;
  warehouse: Warehouse;
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
  /** Adds units of a variant; without cartId: the signed-in customer's cart (created on demand) or a new anonymous cart. */
  addCartLine: CartPayload;
  /**
   * Adds `delta` units (negative to remove) to a variant's stock in one warehouse. Admins only.
   * Retrying with the same idempotencyKey and input returns the first result without applying it twice.
   */
  adjustStock: AdjustStockResult;
  /** Admin: cancels an order that has not shipped; stock is released and the payment voided or refunded. */
  cancelOrder: OrderPayload;
  /**
   * Signed-in: places an order from a cart (the caller's or an anonymous one) and returns it at once, PENDING.
   * The same idempotencyKey with the same input answers with the first order.
   */
  checkout: CheckoutPayload;
  /** The conversation's customer or staff; closing a closed conversation changes nothing. */
  closeConversation: ConversationPayload;
  /** Adds a product to the catalogue. Admins only. */
  createProduct: ProductPayload;
  /** Exchanges an email and password for an access token and a refresh token. */
  login: AuthResult;
  /** Ends the sign-in the refresh token belongs to. Idempotent; an unknown token gives INVALID_REFRESH_TOKEN. */
  logout: LogoutResult;
  /** Ends every sign-in of the caller on every device. Signed-in callers only. */
  logoutEverywhere: LogoutResult;
  /** Support/admin: FULFILLED -> DELIVERED. */
  markOrderDelivered: OrderPayload;
  /** Signed-in: moves an anonymous cart's lines into the caller's cart (quantities add up, capped by availability) and deletes it. */
  mergeCart: CartPayload;
  /**
   * Exchanges a refresh token for a new access token (with the user's current role) and a new refresh
   * token; the presented one stops working. Presenting a token that was already exchanged revokes
   * every token descended from the same sign-in. Failures: INVALID_REFRESH_TOKEN.
   */
  refreshToken: AuthResult;
  /**
   * Refunds part or all of a captured payment (admins only). Refunds never add up to more than was
   * captured, also when sent concurrently. The same idempotencyKey with the same input returns the
   * first result; with different input it is refused (IDEMPOTENCY_KEY_REUSED).
   */
  refundPayment: RefundPaymentPayload;
  /** Creates a customer account and signs it in. */
  register: AuthResult;
  /** Removes a line; without cartId: from the signed-in customer's cart. */
  removeCartLine: CartPayload;
  /**
   * The conversation's customer or staff. `clientMessageId` makes retries safe: the same id and body
   * return the message already sent instead of sending it twice.
   */
  sendChatMessage: ChatMessagePayload;
  /** Gives a user another role. Admins only; an admin cannot demote themself. */
  setUserRole: UserResult;
  /** Support/admin: CONFIRMED -> FULFILLED with a tracking number. */
  shipOrder: OrderPayload;
  /** Customers only: opens a conversation with its first message. */
  startConversation: ConversationPayload;
  /** Sets a line's quantity; 0 removes it. */
  updateCartLine: CartPayload;
  /** Changes a product; fields left out stay as they are. Admins only. */
  updateProduct: ProductPayload;
};


export type MutationAddCartLineArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
};


export type MutationAdjustStockArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AdjustStockInput;
};


export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCheckoutArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CheckoutInput;
};


export type MutationCloseConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkOrderDeliveredArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationMergeCartArgs = {
  cartId: Scalars['ID']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefundPaymentArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RefundPaymentInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveCartLineArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  lineId: Scalars['ID']['input'];
};


export type MutationSendChatMessageArgs = {
  body: Scalars['String']['input'];
  clientMessageId?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
};


export type MutationSetUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationShipOrderArgs = {
  input: ShipOrderInput;
};


export type MutationStartConversationArgs = {
  message: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};


export type MutationUpdateCartLineArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
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
  /** ISO 8601 instant the order was marked delivered. */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** Why the order ended OUT_OF_STOCK, PAYMENT_FAILED or CANCELLED; null otherwise. */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human-friendly order number, e.g. SO-100001. */
  number: Scalars['String']['output'];
  /** Oldest first. The order's customer and staff only; empty for anyone else. */
  payments: Array<Payment>;
  /** Carrier and tracking number once the order has shipped. */
  shipment?: Maybe<Shipment>;
  shipping: Money;
  /** Where the order goes; null for orders placed before checkout recorded addresses (the demo history). */
  shippingAddress?: Maybe<ShippingAddress>;
  status: OrderStatus;
  /** Every status change after the order was placed, oldest first. */
  statusHistory: Array<OrderStatusChange>;
  /** Sum of the line totals. */
  subtotal: Money;
  tax: Money;
  /** subtotal + shipping + tax. */
  total: Money;
  updatedAt: Scalars['String']['output'];
  /** Number of status changes so far (0 when just placed): orders the changes and order.updated events. */
  version: Scalars['Int']['output'];
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

export type OrderErrorCode =
  | 'CART_ALREADY_CHECKED_OUT'
  | 'CART_EMPTY'
  | 'CART_NOT_FOUND'
  /** The idempotency key was already used with a different cart, address or card. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The order's status does not allow this change. */
  | 'ILLEGAL_TRANSITION'
  /** More units than are available; the message says how many are. */
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_ADDRESS'
  | 'INVALID_CARD'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'LINE_NOT_FOUND'
  | 'ORDER_NOT_FOUND'
  | 'VARIANT_NOT_FOUND';

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

export type OrderPayload = {
  __typename?: 'OrderPayload';
  order?: Maybe<Order>;
  userErrors: Array<OrderUserError>;
};

/**
 * Where an order is in its lifecycle: PENDING -> RESERVED -> CONFIRMED -> FULFILLED -> DELIVERED, with
 * OUT_OF_STOCK, PAYMENT_FAILED, CANCELLED, REFUNDED and PARTIALLY_REFUNDED as the ways out.
 */
export type OrderStatus =
  /** Cancelled by an admin or because the stock reservation lapsed; stock released, payment voided or refunded. */
  | 'CANCELLED'
  /** Paid. */
  | 'CONFIRMED'
  /** Arrived. */
  | 'DELIVERED'
  /** Shipped, with a tracking number. */
  | 'FULFILLED'
  /** Some line could not be reserved; nothing was taken or charged. */
  | 'OUT_OF_STOCK'
  /** Part of the payment was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** The card was not authorised; the reserved stock was released. */
  | 'PAYMENT_FAILED'
  /** Placed; stock not yet reserved. */
  | 'PENDING'
  /** The whole payment was refunded. */
  | 'REFUNDED'
  /** Stock reserved; awaiting payment. */
  | 'RESERVED';

/** One move of an order through its lifecycle. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** ISO 8601 instant of the change. */
  at: Scalars['String']['output'];
  /** Null only for a change recorded without a previous status. */
  from?: Maybe<OrderStatus>;
  /** Why, in words (e.g. the payment failure or the cancellation reason). */
  reason?: Maybe<Scalars['String']['output']>;
  to: OrderStatus;
  /** The order's version after this change: 1 for the first change after it was placed. */
  version: Scalars['Int']['output'];
};

/**
 * One status change of an order, as live order tracking delivers it. `status`, `previousStatus`,
 * `reason` and `occurredAt` describe the change; `order` is the order as it is now.
 */
export type OrderUpdate = {
  __typename?: 'OrderUpdate';
  /** ISO 8601 instant of the change. */
  occurredAt: Scalars['String']['output'];
  order: Order;
  previousStatus?: Maybe<OrderStatus>;
  /** Why, in words (e.g. the payment failure or the cancellation reason). */
  reason?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
  /** The order's version after this change: 1 for the first change after it was placed. */
  version: Scalars['Int']['output'];
};

/** A business rule refused the request; nothing was changed. */
export type OrderUserError = {
  __typename?: 'OrderUserError';
  code: OrderErrorCode;
  /** Path of the offending argument, e.g. input.shippingAddress.country. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

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
  /** How much has been charged to the card; zero until captured. */
  capturedAmount: Money;
  createdAt: Scalars['String']['output'];
  /** Why the provider declined the authorization; null unless FAILED. */
  failureCode?: Maybe<PaymentFailureCode>;
  /** The provider's explanation of a decline, fit to show the shopper. */
  failureMessage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  method: PaymentMethodSummary;
  order: Order;
  /** The card processor's id for the charge (to match its dashboard and webhooks). Support and admins only; null for others. */
  providerReference?: Maybe<Scalars['String']['output']>;
  /** How much of the captured amount has been given back; zero until a refund. */
  refundedAmount: Money;
  /** The refunds that went through, oldest first. */
  refunds: Array<Refund>;
  status: PaymentStatus;
  updatedAt: Scalars['String']['output'];
};

export type PaymentErrorCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_AMOUNT'
  /** Nothing is left to refund, or the payment was never captured. */
  | 'NOT_REFUNDABLE'
  | 'PAYMENT_NOT_FOUND'
  /** The card processor refused or could not complete the operation; nothing changed. */
  | 'PROVIDER_ERROR'
  | 'REFUND_EXCEEDS_CAPTURED';

/** Why a card authorization was declined. */
export type PaymentFailureCode =
  | 'CARD_DECLINED'
  | 'EXPIRED_CARD'
  | 'INSUFFICIENT_FUNDS'
  /** The provider could not process the card (or the payment method was not recognised). */
  | 'PROCESSING_ERROR';

/** The card used, as far as it is safe to show: never the full number. */
export type PaymentMethodSummary = {
  __typename?: 'PaymentMethodSummary';
  /** Card network, e.g. VISA. */
  brand: Scalars['String']['output'];
  /** The last four digits of the card number. */
  last4: Scalars['String']['output'];
};

/**
 * Where a payment is in its lifecycle: PENDING -> AUTHORIZING -> AUTHORIZED -> CAPTURED ->
 * PARTIALLY_REFUNDED -> REFUNDED, with FAILED (authorization declined), VOIDED (authorization
 * released) and CANCELLED (the order closed before the card was sent) as the other ends.
 */
export type PaymentStatus =
  /** The provider holds the amount on the card. */
  | 'AUTHORIZED'
  /** Sent to the card provider; waiting for its answer. */
  | 'AUTHORIZING'
  /** The order was cancelled (or ran out of stock) before the card was sent: nothing was held or charged. */
  | 'CANCELLED'
  /** The amount has been charged. */
  | 'CAPTURED'
  /** The provider declined the authorization (see failureCode). */
  | 'FAILED'
  /** Part of the captured amount has been refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Created; waiting for the order's stock to be reserved before the card is sent to the provider. */
  | 'PENDING'
  /** All of the captured amount has been refunded. */
  | 'REFUNDED'
  /** The authorization was released without charging. */
  | 'VOIDED';

/** A business reason a payment mutation did nothing. */
export type PaymentUserError = {
  __typename?: 'PaymentUserError';
  code: PaymentErrorCode;
  /** The input field at fault, e.g. input.amount. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/**
 * A suggested price for one variant. Apply it with the products subgraph's own mutation:
 * updateProduct(id: productId, input: { variants: [{ id: variantId, price: suggestedPrice }] }).
 */
export type PriceSuggestion = {
  __typename?: 'PriceSuggestion';
  /** Whether the suggestion differs from today's price (false when evidence is lacking or today's price is best). */
  changed: Scalars['Boolean']['output'];
  costMinor?: Maybe<Scalars['Int']['output']>;
  /** Today's price, cost and suggested price in minor units. */
  currentPriceMinor: Scalars['Int']['output'];
  /** Own-price elasticity estimated by log-log (Poisson) regression on the price history, null without price variation. */
  elasticity?: Maybe<Scalars['Float']['output']>;
  elasticityStandardError?: Maybe<Scalars['Float']['output']>;
  /** Expected change in units a week (-0.1 = 10 % fewer). */
  expectedUnitChange: Scalars['Float']['output'];
  /** Expected change in margin a week, minor units. */
  expectedWeeklyMarginChangeMinor: Scalars['Int']['output'];
  product: Product;
  reason: Scalars['String']['output'];
  sku: Scalars['String']['output'];
  /** The suggested price as the decimal string updateProduct takes, e.g. "64.99". */
  suggestedPrice: Scalars['String']['output'];
  suggestedPriceMinor: Scalars['Int']['output'];
  variantId: Scalars['ID']['output'];
};

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
  /**
   * The same hybrid ranking with each product's blended score and the reason it was picked
   * ("bought together in 12 orders", "similar: same category, brand Voltix", "best seller").
   */
  recommendationsExplained: Array<ExplainedRecommendation>;
  /** Unique, URL-friendly name, e.g. voltix-classic-headphones-0001. */
  slug: Scalars['String']['output'];
  variants: Array<ProductVariant>;
};


/** Owned by products; ai contributes what other shoppers bought with it. */
export type ProductRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Owned by products; ai contributes what other shoppers bought with it. */
export type ProductRecommendationsExplainedArgs = {
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
  /**
   * The stock level per warehouse (and variant). Staff only: for anyone else it is null, with an
   * UNAUTHENTICATED or FORBIDDEN error at its path; the rest of the product is answered.
   */
  levels?: Maybe<Array<StockLevel>>;
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
  /** The conversation, when the caller is its customer or staff; null otherwise. */
  conversation?: Maybe<Conversation>;
  /** Staff only (SUPPORT, ADMIN): conversations, most recently active first (at most 100). */
  conversations: Array<Conversation>;
  /** Staff only: weekly units of a product for the next `weeks` (1 to 26); null for a product ai has not heard of. */
  demandForecast?: Maybe<Forecast>;
  /** The signed-in user, or null for an anonymous caller. */
  me?: Maybe<User>;
  /** The signed-in customer's current cart, or null. */
  myCart?: Maybe<Cart>;
  /** Conversations the signed-in user is the customer of (for staff: wrote in), most recently active first (at most 100). */
  myConversations: Array<Conversation>;
  /** An order by id. Customers see only their own (null for anyone else's); staff see all. */
  order?: Maybe<Order>;
  /** All orders, newest first. Admins and support only. */
  orders: OrderConnection;
  /** A payment by id. Customers see only their own (null for anyone else's); staff see all. */
  payment?: Maybe<Payment>;
  /** Staff only: price suggestions per variant, changes with the largest expected margin gain first (`first` 1 to 100). */
  priceSuggestions: Array<PriceSuggestion>;
  /** A product by id or by slug: pass exactly one. */
  product?: Maybe<Product>;
  /** The catalogue, a page at a time. `first` is 0 to 100 (default 20). */
  products: ProductConnection;
  /** The stock held for an order at checkout, or null when none was (yet) taken. Support and admins only. */
  reservation?: Maybe<Reservation>;
  /** Staff only: weekly revenue of all orders for the next `weeks` (1 to 26). */
  revenueForecast: Forecast;
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


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  status?: InputMaybe<ConversationStatus>;
};


export type QueryDemandForecastArgs = {
  productId: Scalars['ID']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryPriceSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryReservationArgs = {
  orderId: Scalars['ID']['input'];
};


export type QueryRevenueForecastArgs = {
  weeks?: InputMaybe<Scalars['Int']['input']>;
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

/** Money given back from a captured payment. */
export type Refund = {
  __typename?: 'Refund';
  amount: Money;
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  source: RefundSource;
};

export type RefundPaymentInput = {
  /** Decimal string in the payment's currency, e.g. "12.50". */
  amount: Scalars['String']['input'];
  paymentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type RefundPaymentPayload = {
  __typename?: 'RefundPaymentPayload';
  /** The payment as it stands after the refund (null when it was not found). */
  payment?: Maybe<Payment>;
  /** The refund taken; null when refused. */
  refund?: Maybe<Refund>;
  userErrors: Array<PaymentUserError>;
};

/** Who asked for a refund. */
export type RefundSource =
  /** An admin, through refundPayment. */
  | 'API'
  /** The order was cancelled after it was paid. */
  | 'CANCELLATION'
  /** The card processor reported a refund made on its side. */
  | 'WEBHOOK';

export type RegisterInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** 10 to 128 characters with a letter and a digit; neither the email address nor a very common password. */
  password: Scalars['String']['input'];
};

/**
 * Stock held for one order between checkout and payment. Released automatically at `expiresAt`
 * unless the order is paid (COMMITTED) or cancelled first.
 */
export type Reservation = {
  __typename?: 'Reservation';
  /** Which warehouse holds how many units of each variant. */
  allocations: Array<ReservationAllocation>;
  /** When an ACTIVE reservation lapses (ISO-8601). */
  expiresAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  status: ReservationStatus;
};

/** Units of one variant held in one warehouse. */
export type ReservationAllocation = {
  __typename?: 'ReservationAllocation';
  quantity: Scalars['Int']['output'];
  variantId: Scalars['ID']['output'];
  warehouse: Warehouse;
};

export type ReservationStatus =
  /** Units are held for the order. */
  | 'ACTIVE'
  /** The order was paid; the units left stock. */
  | 'COMMITTED'
  /** Not paid in time; the units are for sale again. */
  | 'EXPIRED'
  /** The order was cancelled or its payment failed; the units are for sale again (or were put back). */
  | 'RELEASED';

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

export type ShipOrderInput = {
  carrier: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  trackingNumber: Scalars['String']['input'];
};

/** How a shipped order travels. */
export type Shipment = {
  __typename?: 'Shipment';
  carrier: Scalars['String']['output'];
  /** ISO 8601 instant the order was shipped. */
  shippedAt: Scalars['String']['output'];
  trackingNumber: Scalars['String']['output'];
};

/** A postal address an order ships to. */
export type ShippingAddress = {
  __typename?: 'ShippingAddress';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code, e.g. US. */
  country: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
};

export type ShippingAddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. US. */
  country: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
};

/** A product's stock after a change. */
export type StockChange = {
  __typename?: 'StockChange';
  /** Units that can be sold now over every variant and warehouse; never negative. */
  available: Scalars['Int']['output'];
  inStock: Scalars['Boolean']['output'];
  product: Product;
  variants: Array<VariantStock>;
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

/** Live stock for storefronts and dashboards. Events carry the state after each change. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * New messages of a conversation, for its participants and staff. With `afterSeq`, every stored
   * message after it comes first (in order), then live ones: no gap, no duplicate. Resume after a
   * reconnect with the last seq you received.
   */
  chatMessageAdded: ChatMessage;
  /**
   * Every change to the available stock of the given products (at most 100). Without productIds:
   * every product, for support and admins only.
   */
  inventoryChanged: StockChange;
  /** A variant's available units in a warehouse fell to or below the low-stock threshold. Support and admins only. */
  lowStockAlerts: LowStockAlert;
  /**
   * Every status change of one order: its customer and staff only. With sinceVersion, first every
   * stored change after that version, oldest first, then live ones, without gap or duplicate (resume
   * after a reconnect with the last version seen; 0 replays the whole history).
   */
  orderUpdated: OrderUpdate;
  /** Every status change of every order, live: support and admins only (dashboards). */
  ordersUpdated: OrderUpdate;
};


/** Live stock for storefronts and dashboards. Events carry the state after each change. */
export type SubscriptionChatMessageAddedArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  conversationId: Scalars['ID']['input'];
};


/** Live stock for storefronts and dashboards. Events carry the state after each change. */
export type SubscriptionInventoryChangedArgs = {
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Live stock for storefronts and dashboards. Events carry the state after each change. */
export type SubscriptionOrderUpdatedArgs = {
  orderId: Scalars['ID']['input'];
  sinceVersion?: InputMaybe<Scalars['Int']['input']>;
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
  | 'CANNOT_DEMOTE_SELF'
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_EMAIL'
  | 'INVALID_NAME'
  /** Unknown, expired, revoked or already used; the client must sign in again. */
  | 'INVALID_REFRESH_TOKEN'
  | 'USER_NOT_FOUND'
  | 'WEAK_PASSWORD';

export type UserResult = {
  __typename?: 'UserResult';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type VariantChangeInput = {
  attributes?: InputMaybe<Array<AttributeInput>>;
  /** The variant to change; leave out to add a variant (then sku, name and price are required). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['String']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
};

export type VariantStock = {
  __typename?: 'VariantStock';
  available: Scalars['Int']['output'];
  variant: ProductVariant;
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


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthResult', token?: string | null, expiresAt?: string | null, refreshToken?: string | null, refreshTokenExpiresAt?: string | null, user?: { __typename?: 'User', id: string, name: string, role: Role } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string, field?: string | null }> } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthResult', token?: string | null, expiresAt?: string | null, user?: { __typename?: 'User', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string, field?: string | null }> } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthResult', token?: string | null, expiresAt?: string | null, refreshToken?: string | null, refreshTokenExpiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutResult', ok: boolean, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

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

export type ShipOrderMutationVariables = Exact<{
  input: ShipOrderInput;
}>;


export type ShipOrderMutation = { __typename?: 'Mutation', shipOrder: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus, shipment?: { __typename?: 'Shipment', carrier: string, trackingNumber: string, shippedAt: string } | null } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string }> } };

export type CancelOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus, failureReason?: string | null } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string }> } };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
  idempotencyKey: Scalars['String']['input'];
}>;


export type RefundPaymentMutation = { __typename?: 'Mutation', refundPayment: { __typename?: 'RefundPaymentPayload', payment?: { __typename?: 'Payment', id: string, status: PaymentStatus, capturedAmount: { __typename?: 'Money', amount: string, currencyCode: string }, refundedAmount: { __typename?: 'Money', amount: string, currencyCode: string } } | null, refund?: { __typename?: 'Refund', id: string, amount: { __typename?: 'Money', amount: string, currencyCode: string } } | null, userErrors: Array<{ __typename?: 'PaymentUserError', code: PaymentErrorCode, message: string }> } };

export type CartViewFragment = { __typename?: 'Cart', id: string, totalQuantity: number, currencyCode: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'CartLine', id: string, quantity: number, available?: number | null, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, name: string, slug: string }, variant?: { __typename?: 'ProductVariant', id: string, name: string, sku: string } | null }> };

export type CartQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CartQuery = { __typename?: 'Query', cart?: { __typename?: 'Cart', id: string, totalQuantity: number, currencyCode: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'CartLine', id: string, quantity: number, available?: number | null, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, name: string, slug: string }, variant?: { __typename?: 'ProductVariant', id: string, name: string, sku: string } | null }> } | null };

export type MyCartQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCartQuery = { __typename?: 'Query', myCart?: { __typename?: 'Cart', id: string, totalQuantity: number, currencyCode: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'CartLine', id: string, quantity: number, available?: number | null, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, name: string, slug: string }, variant?: { __typename?: 'ProductVariant', id: string, name: string, sku: string } | null }> } | null };

export type AddCartLineMutationVariables = Exact<{
  cartId?: InputMaybe<Scalars['ID']['input']>;
  variantId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type AddCartLineMutation = { __typename?: 'Mutation', addCartLine: { __typename?: 'CartPayload', cart?: { __typename?: 'Cart', id: string, totalQuantity: number, currencyCode: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'CartLine', id: string, quantity: number, available?: number | null, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, name: string, slug: string }, variant?: { __typename?: 'ProductVariant', id: string, name: string, sku: string } | null }> } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string, field?: string | null }> } };

export type UpdateCartLineMutationVariables = Exact<{
  cartId?: InputMaybe<Scalars['ID']['input']>;
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type UpdateCartLineMutation = { __typename?: 'Mutation', updateCartLine: { __typename?: 'CartPayload', cart?: { __typename?: 'Cart', id: string, totalQuantity: number, currencyCode: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'CartLine', id: string, quantity: number, available?: number | null, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, name: string, slug: string }, variant?: { __typename?: 'ProductVariant', id: string, name: string, sku: string } | null }> } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string, field?: string | null }> } };

export type RemoveCartLineMutationVariables = Exact<{
  cartId?: InputMaybe<Scalars['ID']['input']>;
  lineId: Scalars['ID']['input'];
}>;


export type RemoveCartLineMutation = { __typename?: 'Mutation', removeCartLine: { __typename?: 'CartPayload', cart?: { __typename?: 'Cart', id: string, totalQuantity: number, currencyCode: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'CartLine', id: string, quantity: number, available?: number | null, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, name: string, slug: string }, variant?: { __typename?: 'ProductVariant', id: string, name: string, sku: string } | null }> } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string, field?: string | null }> } };

export type MergeCartMutationVariables = Exact<{
  cartId: Scalars['ID']['input'];
}>;


export type MergeCartMutation = { __typename?: 'Mutation', mergeCart: { __typename?: 'CartPayload', cart?: { __typename?: 'Cart', id: string, totalQuantity: number, currencyCode: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'CartLine', id: string, quantity: number, available?: number | null, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, name: string, slug: string }, variant?: { __typename?: 'ProductVariant', id: string, name: string, sku: string } | null }> } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string }> } };

export type CheckoutMutationVariables = Exact<{
  input: CheckoutInput;
  idempotencyKey: Scalars['String']['input'];
}>;


export type CheckoutMutation = { __typename?: 'Mutation', checkout: { __typename?: 'CheckoutPayload', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, version: number, total: { __typename?: 'Money', amount: string, currencyCode: string } } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string, field?: string | null }> } };

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

export type ForecastFieldsFragment = { __typename?: 'Forecast', model: string, points: Array<{ __typename?: 'ForecastPoint', weekStart: string, value: number, lower: number, upper: number }>, backtest: { __typename?: 'ForecastBacktest', weeks: number, mase: number, seasonalNaiveMase: number, coverage: number } };

export type DemandForecastQueryVariables = Exact<{
  productId: Scalars['ID']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DemandForecastQuery = { __typename?: 'Query', demandForecast?: { __typename?: 'Forecast', model: string, points: Array<{ __typename?: 'ForecastPoint', weekStart: string, value: number, lower: number, upper: number }>, backtest: { __typename?: 'ForecastBacktest', weeks: number, mase: number, seasonalNaiveMase: number, coverage: number } } | null };

export type RevenueForecastQueryVariables = Exact<{
  weeks?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RevenueForecastQuery = { __typename?: 'Query', revenueForecast: { __typename?: 'Forecast', model: string, points: Array<{ __typename?: 'ForecastPoint', weekStart: string, value: number, lower: number, upper: number }>, backtest: { __typename?: 'ForecastBacktest', weeks: number, mase: number, seasonalNaiveMase: number, coverage: number } } };

export type PriceSuggestionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PriceSuggestionsQuery = { __typename?: 'Query', priceSuggestions: Array<{ __typename?: 'PriceSuggestion', variantId: string, sku: string, currentPriceMinor: number, costMinor?: number | null, suggestedPriceMinor: number, suggestedPrice: string, changed: boolean, elasticity?: number | null, elasticityStandardError?: number | null, expectedUnitChange: number, expectedWeeklyMarginChangeMinor: number, reason: string, product: { __typename?: 'Product', id: string, name: string } }> };

export type ApplyPriceSuggestionMutationVariables = Exact<{
  productId: Scalars['ID']['input'];
  variantId: Scalars['ID']['input'];
  price: Scalars['String']['input'];
}>;


export type ApplyPriceSuggestionMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'ProductPayload', product?: { __typename?: 'Product', id: string, variants: Array<{ __typename?: 'ProductVariant', id: string, price: { __typename?: 'Money', amount: string, currencyCode: string } }> } | null, userErrors: Array<{ __typename?: 'ProductUserError', code: ProductErrorCode, message: string, field?: string | null }> } };

export type ProductRecommendationsExplainedQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProductRecommendationsExplainedQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, recommendationsExplained: Array<{ __typename?: 'ExplainedRecommendation', score: number, reason: string, product: { __typename?: 'Product', id: string, name: string } }> } | null };

export type StockOfProductsSubscriptionVariables = Exact<{
  productIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type StockOfProductsSubscription = { __typename?: 'Subscription', inventoryChanged: { __typename?: 'StockChange', available: number, inStock: boolean, product: { __typename?: 'Product', id: string, name: string }, variants: Array<{ __typename?: 'VariantStock', available: number, variant: { __typename?: 'ProductVariant', id: string, sku: string } }> } };

export type SupportChatSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupportChatSubscription = { __typename?: 'Subscription', chatMessageAdded: { __typename?: 'ChatMessage', id: string, seq: number, body: string, authorRole: ChatAuthorRole, createdAt: string, author: { __typename?: 'User', id: string, name: string } } };

export type SendChatMessageMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  clientMessageId?: InputMaybe<Scalars['String']['input']>;
}>;


export type SendChatMessageMutation = { __typename?: 'Mutation', sendChatMessage: { __typename?: 'ChatMessagePayload', message?: { __typename?: 'ChatMessage', id: string, seq: number } | null, userErrors: Array<{ __typename?: 'ChatUserError', code: ChatErrorCode, message: string }> } };

export type SearchProductsQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilters>;
}>;


export type SearchProductsQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets: Array<{ __typename?: 'Facet', name: string, values: Array<{ __typename?: 'FacetValue', value: string, count: number }> }>, hits: Array<{ __typename?: 'SearchHit', score: number, product: { __typename?: 'Product', id: string, slug: string, name: string, brand: string, price: { __typename?: 'Money', amount: string, currencyCode: string }, inventory: { __typename?: 'ProductInventory', inStock: boolean } } }> } };

export const CartViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CartViewFragment, unknown>;
export const ForecastFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forecast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalNaiveMase"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<ForecastFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const AdminOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const ShipOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShipOrderMutation, ShipOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const CartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CartQuery, CartQueryVariables>;
export const MyCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<MyCartQuery, MyCartQueryVariables>;
export const AddCartLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<AddCartLineMutation, AddCartLineMutationVariables>;
export const UpdateCartLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCartLineMutation, UpdateCartLineMutationVariables>;
export const RemoveCartLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCartLineMutation, RemoveCartLineMutationVariables>;
export const MergeCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<MergeCartMutation, MergeCartMutationVariables>;
export const CheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Checkout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutMutation, CheckoutMutationVariables>;
export const CatalogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"24"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPageQuery, CatalogPageQueryVariables>;
export const ProductPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const DemandForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forecast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalNaiveMase"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<DemandForecastQuery, DemandForecastQueryVariables>;
export const RevenueForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forecast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalNaiveMase"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<RevenueForecastQuery, RevenueForecastQueryVariables>;
export const PriceSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"currentPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"elasticity"}},{"kind":"Field","name":{"kind":"Name","value":"elasticityStandardError"}},{"kind":"Field","name":{"kind":"Name","value":"expectedUnitChange"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWeeklyMarginChangeMinor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PriceSuggestionsQuery, PriceSuggestionsQueryVariables>;
export const ApplyPriceSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPriceSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"price"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"variants"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"price"},"value":{"kind":"Variable","name":{"kind":"Name","value":"price"}}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyPriceSuggestionMutation, ApplyPriceSuggestionMutationVariables>;
export const ProductRecommendationsExplainedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductRecommendationsExplained"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationsExplained"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductRecommendationsExplainedQuery, ProductRecommendationsExplainedQueryVariables>;
export const StockOfProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StockOfProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockOfProductsSubscription, StockOfProductsSubscriptionVariables>;
export const SupportChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SupportChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatMessageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SupportChatSubscription, SupportChatSubscriptionVariables>;
export const SendChatMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendChatMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientMessageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientMessageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientMessageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendChatMessageMutation, SendChatMessageMutationVariables>;
export const SearchProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchProductsQuery, SearchProductsQueryVariables>;