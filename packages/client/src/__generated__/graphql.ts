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

/** A postal address saved on a user's account. */
export type Address = {
  __typename?: 'Address';
  /** City or town. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code, e.g. US. */
  country: Scalars['String']['output'];
  /** Stable id of the address. */
  id: Scalars['ID']['output'];
  /** Whether this is the address the user ships to unless they choose another. */
  isDefault: Scalars['Boolean']['output'];
  /** Street and number. */
  line1: Scalars['String']['output'];
  /** Postal or ZIP code. */
  postalCode: Scalars['String']['output'];
};

/** A manual change to a variant's stock in one warehouse. */
export type AdjustStockInput = {
  /** Units to add (positive) or remove (negative); not zero. */
  delta: Scalars['Int']['input'];
  /** Why the stock changed, e.g. 'cycle count' or 'damaged in transit'. */
  reason: Scalars['String']['input'];
  /** The variant whose stock changes. */
  variantId: Scalars['ID']['input'];
  /** The warehouse where it changes. */
  warehouseId: Scalars['ID']['input'];
};

/** The level after the adjustment on success; userErrors otherwise. */
export type AdjustStockResult = {
  __typename?: 'AdjustStockResult';
  /** The stock level after the adjustment; null when userErrors is not empty. */
  level?: Maybe<StockLevel>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<InventoryUserError>;
};

/** What askAssistant answers at once; the reply streams on assistantReply. */
export type AskAssistantPayload = {
  __typename?: 'AskAssistantPayload';
  /** The assistant conversation (new when none was given); pass it again to continue. */
  conversationId?: Maybe<Scalars['ID']['output']>;
  /** What will answer: the offline assistant or the configured model. */
  provider: Scalars['String']['output'];
  /** Subscribe to `assistantReply(turnId)` for the answer; null when the question was refused (see userErrors). */
  turnId?: Maybe<Scalars['ID']['output']>;
  /** Why the question was refused, if it was. */
  userErrors: Array<ChatUserError>;
};

/**
 * One streamed piece of an assistant answer. Concatenate `delta`s in `seq` order; the last chunk has
 * `done: true` and carries the products the answer names and its sources.
 */
export type AssistantChunk = {
  __typename?: 'AssistantChunk';
  /** Text to append to the answer shown so far. */
  delta: Scalars['String']['output'];
  /** True on the last chunk of the turn (which carries products and sources). */
  done: Scalars['Boolean']['output'];
  /** Set when the assistant handed the question over to the human support chat. */
  handoverConversation?: Maybe<Conversation>;
  /** Products the answer is about (on the last chunk; empty before). */
  products: Array<Product>;
  /** What answered: the offline retrieval-and-template assistant, or the configured chat completions model. */
  provider: Scalars['String']['output'];
  /** 1, 2, 3… within the turn. */
  seq: Scalars['Int']['output'];
  /** What the answer drew on (on the last chunk; empty before). */
  sources: Array<AssistantSource>;
  /** The turn this chunk answers. */
  turnId: Scalars['ID']['output'];
};

/** A source the assistant used for its answer. */
export type AssistantSource = {
  __typename?: 'AssistantSource';
  /** A product id, a policy section (`shipping#shipping-costs`), an order number or a support conversation id. */
  id: Scalars['ID']['output'];
  /** What kind of source it is. */
  kind: AssistantSourceKind;
  /** A title to show for it (product name, policy section, order number). */
  title: Scalars['String']['output'];
};

/** Where a fact in an assistant answer came from. */
export type AssistantSourceKind =
  /** One of the caller's own orders. */
  | 'ORDER'
  /** A section of a shop policy (shipping, returns, payment, privacy). */
  | 'POLICY'
  /** A product of the catalogue. */
  | 'PRODUCT'
  /** The human support chat the question was handed to. */
  | 'SUPPORT';

/** One question and its answer in an assistant conversation. */
export type AssistantTurn = {
  __typename?: 'AssistantTurn';
  /** Null while the answer is still being written. */
  answer?: Maybe<Scalars['String']['output']>;
  /** The turn id (what assistantReply takes). */
  id: Scalars['ID']['output'];
  /** What was asked. */
  question: Scalars['String']['output'];
  /** 1, 2, 3… within the conversation. */
  seq: Scalars['Int']['output'];
};

/** A named property, e.g. Material: Oak. */
export type Attribute = {
  __typename?: 'Attribute';
  /** What the property is, e.g. Material. */
  name: Scalars['String']['output'];
  /** Its value, e.g. Oak. */
  value: Scalars['String']['output'];
};

/** A named property, e.g. Material: Oak. */
export type AttributeInput = {
  /** What the property is, e.g. Material. */
  name: Scalars['String']['input'];
  /** Its value, e.g. Oak. */
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
  /** The signed-in user; null when userErrors is not empty. */
  user?: Maybe<User>;
  /** Why nothing was signed in; empty on success. */
  userErrors: Array<UserError>;
};

/** Card details as typed. Exchanged for a token at checkout; never stored or logged. */
export type CardInput = {
  /** The card number as typed; spaces and dashes are ignored. */
  cardNumber: Scalars['String']['input'];
  /** The security code, as many digits as the card's brand uses. */
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
  /** ISO 4217 code of every amount of the cart, e.g. USD. */
  currencyCode: Scalars['String']['output'];
  /** The cart's id; for an anonymous cart, the only thing needed to use it, so keep it private. */
  id: Scalars['ID']['output'];
  /** Lines whose variant is for sale, in the order they were added. */
  lines: Array<CartLine>;
  /** Sum of the line totals at current prices (before shipping and tax). */
  subtotal: Money;
  /** Sum of the line quantities. */
  totalQuantity: Scalars['Int']['output'];
  /** ISO 8601 instant of the last change to the cart. */
  updatedAt: Scalars['String']['output'];
};

/** One variant and quantity in a cart. */
export type CartLine = {
  __typename?: 'CartLine';
  /** Units inventory last reported as available to buy; null while unknown. */
  available?: Maybe<Scalars['Int']['output']>;
  /** Stable id of the line within its cart. */
  id: Scalars['ID']['output'];
  /** The product of the line's variant. */
  product: Product;
  /** Units in the cart; at least 1. */
  quantity: Scalars['Int']['output'];
  /** unitPrice x quantity. */
  total: Money;
  /** The variant's current catalogue price. */
  unitPrice: Money;
  /** The variant in the cart; null when it left the catalogue. */
  variant?: Maybe<ProductVariant>;
  /** Why the line cannot be bought as it stands (stock fell since it was added); empty when it can. */
  warnings: Array<CartLineWarning>;
};

/** A problem with a cart line the frontend shows next to it; checkout refuses the cart until it is fixed. */
export type CartLineWarning = {
  __typename?: 'CartLineWarning';
  /** Stable, machine-readable reason. */
  code: CartLineWarningCode;
  /** Human-readable explanation, fit to show the shopper. */
  message: Scalars['String']['output'];
};

/** Why a cart line cannot be bought as it stands. */
export type CartLineWarningCode =
  /** Fewer units are available than the line holds. */
  | 'INSUFFICIENT_STOCK'
  /** Nothing of the variant is available now. */
  | 'OUT_OF_STOCK';

/** The outcome of a cart mutation: the cart on success, userErrors otherwise. */
export type CartPayload = {
  __typename?: 'CartPayload';
  /** The cart after the change; null when the cart was not found or userErrors is not empty. */
  cart?: Maybe<Cart>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<OrderUserError>;
};

/** A node of the category tree. Filtering products by a category includes its descendants. */
export type Category = {
  __typename?: 'Category';
  /** The path from the root down to the parent (empty for a root). */
  ancestors: Array<Category>;
  /** The categories directly below this one. */
  children: Array<Category>;
  /** Stable opaque id of the category. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Null for a root category. */
  parent?: Maybe<Category>;
  /** Unique, URL-friendly name, e.g. headphones. */
  slug: Scalars['String']['output'];
};

/** Paid order lines of one category in a SalesSummary. */
export type CategorySales = {
  __typename?: 'CategorySales';
  /** The category's id; null for products orders has no category for. */
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** The category's name; Uncategorised when unknown. */
  categoryName: Scalars['String']['output'];
  /** Sum of those lines (unit price times quantity; no shipping or tax). */
  revenue: Money;
  /** Units sold. */
  units: Scalars['Int']['output'];
};

/** Which side of a conversation wrote a message. */
export type ChatAuthorRole =
  /** The conversation's customer. */
  | 'CUSTOMER'
  /** Any staff member (SUPPORT or ADMIN). */
  | 'SUPPORT';

/** Why a chat operation was refused. */
export type ChatErrorCode =
  /** The conversation is closed; open a new one. */
  | 'CONVERSATION_CLOSED'
  /** No conversation has this id, or the caller may not see it. */
  | 'CONVERSATION_NOT_FOUND'
  /** The clientMessageId was already used for a different message in this conversation. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Empty after trimming, or over 2,000 characters. */
  | 'INVALID_MESSAGE'
  /** Empty after trimming, or over 200 characters. */
  | 'INVALID_SUBJECT';

/** One message of a support conversation. */
export type ChatMessage = {
  __typename?: 'ChatMessage';
  /** Who wrote it. */
  author: User;
  /** Which side wrote it. */
  authorRole: ChatAuthorRole;
  /** The text, trimmed (1 to 2,000 characters). */
  body: Scalars['String']['output'];
  /** The conversation the message belongs to. */
  conversationId: Scalars['ID']['output'];
  /** ISO 8601 instant the message was sent. */
  createdAt: Scalars['String']['output'];
  /** Stable opaque id of the message. */
  id: Scalars['ID']['output'];
  /** 1, 2, 3… within the conversation, without gaps: the cursor for catching up (`afterSeq`). */
  seq: Scalars['Int']['output'];
};

/** The outcome of sendChatMessage. */
export type ChatMessagePayload = {
  __typename?: 'ChatMessagePayload';
  /** The message sent (or, on a retry with the same clientMessageId, the one sent before); null when userErrors is not empty. */
  message?: Maybe<ChatMessage>;
  /** Why nothing was sent; empty on success. */
  userErrors: Array<ChatUserError>;
};

/** A business rule refused a chat operation; nothing was changed. */
export type ChatUserError = {
  __typename?: 'ChatUserError';
  /** Stable, machine-readable reason. */
  code: ChatErrorCode;
  /** The argument at fault, e.g. body; null when no single one is. */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** What checkout needs: the cart, where to ship and how to pay. */
export type CheckoutInput = {
  /** The caller's own cart or an anonymous one. */
  cartId: Scalars['ID']['input'];
  /** The card to charge. */
  payment: CardInput;
  /** Where the order ships to. */
  shippingAddress: ShippingAddressInput;
};

/** The outcome of checkout: the new order on success, userErrors otherwise. */
export type CheckoutPayload = {
  __typename?: 'CheckoutPayload';
  /** The order, PENDING when just placed; the saga moves it on (see Order.status). */
  order?: Maybe<Order>;
  /** Why no order was placed; empty on success. */
  userErrors: Array<OrderUserError>;
};

/** A chat between one customer and support. Readable by its customer and by staff (SUPPORT, ADMIN). */
export type Conversation = {
  __typename?: 'Conversation';
  /** ISO 8601 instant the conversation was opened. */
  createdAt: Scalars['String']['output'];
  /** The customer who opened the conversation. */
  customer: User;
  /** Stable opaque id of the conversation. */
  id: Scalars['ID']['output'];
  /**
   * Messages in seq order: those with seq > `afterSeq` (default 0), at most 100; `last` (1 to 100)
   * keeps only the newest `last` of them. Page forward with `afterSeq` = the last seq you have.
   */
  messages: Array<ChatMessage>;
  /** Whether messages can still be sent. */
  status: ConversationStatus;
  /** What the conversation is about, as the customer put it (1 to 200 characters). */
  subject: Scalars['String']['output'];
  /** ISO 8601 instant of the last message or status change. */
  updatedAt: Scalars['String']['output'];
};


/** A chat between one customer and support. Readable by its customer and by staff (SUPPORT, ADMIN). */
export type ConversationMessagesArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of startConversation or closeConversation. */
export type ConversationPayload = {
  __typename?: 'ConversationPayload';
  /** The conversation after the change; null when userErrors is not empty. */
  conversation?: Maybe<Conversation>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<ChatUserError>;
};

/** Whether a conversation takes new messages. */
export type ConversationStatus =
  /** Closed by a participant; sending gives CONVERSATION_CLOSED. */
  | 'CLOSED'
  /** Messages can be sent. */
  | 'OPEN';

/** A new product with its variants. */
export type CreateProductInput = {
  /** Properties shared by every variant. */
  attributes?: InputMaybe<Array<AttributeInput>>;
  /** Brand name, at most 100 characters. */
  brand: Scalars['String']['input'];
  /** An existing category. */
  categoryId: Scalars['ID']['input'];
  /** Plain text, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Pictures, in display order. */
  images?: InputMaybe<Array<ImageInput>>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Lowercase letters, digits and dashes; unique in the catalogue. */
  slug: Scalars['String']['input'];
  /** At least one. */
  variants: Array<NewVariantInput>;
};

/** What a new webhook is. */
export type CreateWebhookInput = {
  /** A name for people, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /**
   * A GraphQL subscription document over the public API, e.g.
   * `subscription { ordersUpdated { status order { id total { amount } } } }`: one event field
   * (ordersUpdated, orderUpdated(orderId:), inventoryChanged(productIds:), lowStockAlerts), literal
   * arguments, no variables. Its result for each event is the payload's `data`.
   */
  query: Scalars['String']['input'];
  /** Where deliveries are POSTed. In production: https, and not a private or loopback address. */
  targetUrl: Scalars['String']['input'];
};

/** The outcome of createWebhook. */
export type CreateWebhookResult = {
  __typename?: 'CreateWebhookResult';
  /** The signing secret: shown here once, never again. Keep it to verify Shop-Webhook-Signature. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why it was refused; empty on success. */
  userErrors: Array<WebhookError>;
  /** The new webhook; null when refused. */
  webhook?: Maybe<Webhook>;
};

/** One UTC day of a SalesSummary. */
export type DailySales = {
  __typename?: 'DailySales';
  /** The day, YYYY-MM-DD (UTC). */
  date: Scalars['String']['output'];
  /** Orders placed that day. */
  orders: Scalars['Int']['output'];
  /** Of those, the orders whose payment was captured. */
  paidOrders: Scalars['Int']['output'];
  /** Sum of that day's paid orders' totals. */
  revenue: Money;
};

/** A recommended product with the blended score and the reason it was picked. */
export type ExplainedRecommendation = {
  __typename?: 'ExplainedRecommendation';
  /** The recommended product. */
  product: Product;
  /** Why it was picked, in words (e.g. "bought together in 12 orders"). */
  reason: Scalars['String']['output'];
  /** Blend of co-purchase cosine, content similarity and popularity (higher is closer). */
  score: Scalars['Float']['output'];
};

/** Counts of the matches by one property, for filter menus. */
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

/** How many matches have one value of a facet. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** How many matches have it. */
  count: Scalars['Int']['output'];
  /** A category name, a brand, or a price bucket such as "25-50". */
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

/** How the model did on the last weeks of history it was not trained on. */
export type ForecastBacktest = {
  __typename?: 'ForecastBacktest';
  /** Share of the held-out weeks inside the 80 % interval. */
  coverage: Scalars['Float']['output'];
  /** Mean absolute scaled error (scaled by the in-sample seasonal-naive error); below 1 beats it. */
  mase: Scalars['Float']['output'];
  /** The seasonal-naive forecast's own MASE on the same weeks: the baseline. */
  seasonalNaiveMase: Scalars['Float']['output'];
  /** Held-out weeks scored (8). */
  weeks: Scalars['Int']['output'];
};

/** One week of a forecast with its 80 % prediction interval. */
export type ForecastPoint = {
  __typename?: 'ForecastPoint';
  /** 80 % prediction interval. */
  lower: Scalars['Float']['output'];
  /** Upper bound of the 80 % prediction interval. */
  upper: Scalars['Float']['output'];
  /** Units for demand; minor units (cents) of the shop currency for revenue. */
  value: Scalars['Float']['output'];
  /** Start of the week (ISO time). */
  weekStart: Scalars['String']['output'];
};

/** A picture of a product. */
export type Image = {
  __typename?: 'Image';
  /** Text for screen readers and for when the image cannot be shown. */
  altText: Scalars['String']['output'];
  /** Where the image is served from. */
  url: Scalars['String']['output'];
};

/** A picture of a product. */
export type ImageInput = {
  /** Text for screen readers and for when the image cannot be shown. */
  altText: Scalars['String']['input'];
  /** Where the image is served from. */
  url: Scalars['String']['input'];
};

/** Why a stock change was refused. */
export type InventoryErrorCode =
  /** The idempotency key was already used for a different adjustment. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Removing that many units would leave fewer on hand than are reserved. */
  | 'INSUFFICIENT_STOCK'
  /** The warehouse, or the variant's stock record in it, does not exist. */
  | 'NOT_FOUND';

/** A business rule refused a stock change; nothing was changed. */
export type InventoryUserError = {
  __typename?: 'InventoryUserError';
  /** Stable, machine-readable reason. */
  code: InventoryErrorCode;
  /** The input field at fault, e.g. input.delta; null when no single field is. */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** The outcome of logout or logoutEverywhere. */
export type LogoutResult = {
  __typename?: 'LogoutResult';
  /** True when the sign-in(s) ended (also when they had already ended). */
  ok: Scalars['Boolean']['output'];
  /** Why nothing was ended; empty on success. */
  userErrors: Array<UserError>;
};

/** A variant's stock in one warehouse fell to or below its low-stock threshold. */
export type LowStockAlert = {
  __typename?: 'LowStockAlert';
  /** Units available there after the change. */
  available: Scalars['Int']['output'];
  /** The product of the variant. */
  product: Product;
  /** The level at or below which an alert is raised. */
  threshold: Scalars['Int']['output'];
  /** The variant running low. */
  variant: ProductVariant;
  /** The warehouse running low. */
  warehouse: Warehouse;
};

/** An amount in one currency. Amounts are exact decimal strings, never floating-point numbers. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string in the currency's major unit, e.g. "19.99". */
  amount: Scalars['String']['output'];
  /** ISO 4217 code, e.g. USD. */
  currencyCode: Scalars['String']['output'];
};

/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds units of a variant; without cartId: the signed-in customer's cart (created on demand) or a new anonymous cart. */
  addCartLine: CartPayload;
  /**
   * Adds `delta` units (negative to remove) to a variant's stock in one warehouse. Admins only.
   * Retrying with the same idempotencyKey and input returns the first result without applying it twice.
   */
  adjustStock: AdjustStockResult;
  /**
   * Support/admin: approves an order held for fraud review (ON_HOLD -> RESERVED); payments then
   * captures it and it goes on to CONFIRMED. Approving an approved order again returns it unchanged.
   */
  approveOrder: OrderPayload;
  /**
   * Asks the shopping assistant (anyone; signed-in customers may ask about their own orders). Returns
   * at once with the turn id; the answer streams on `assistantReply`. `message` is 1 to 2,000 characters.
   */
  askAssistant: AskAssistantPayload;
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
  /**
   * Registers a webhook: every platform event its subscription document follows is POSTed to the
   * target URL, signed with a secret that is shown in this result only. Admins only.
   */
  createWebhook: CreateWebhookResult;
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
   * Sends a delivery again now (whatever its state, with the same delivery id and body, a fresh
   * timestamp and signature); attempts are logged as before. Admins only.
   */
  redeliverWebhookDelivery: WebhookDeliveryResult;
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
  /**
   * Support/admin: rejects an order held for fraud review (ON_HOLD -> CANCELLED with the reason);
   * the authorisation is voided and the stock released. Rejecting a rejected order returns it unchanged.
   */
  rejectOrder: OrderPayload;
  /** Removes a line; without cartId: from the signed-in customer's cart. */
  removeCartLine: CartPayload;
  /**
   * The conversation's customer or staff. `clientMessageId` makes retries safe: the same id and body
   * return the message already sent instead of sending it twice.
   */
  sendChatMessage: ChatMessagePayload;
  /** Gives a user another role. Admins only; an admin cannot demote themself. */
  setUserRole: UserResult;
  /**
   * Turns a webhook on or off. Turning it on clears an automatic disable and its failure count; the
   * deliveries it kept pending are then attempted. Admins only.
   */
  setWebhookEnabled: WebhookResult;
  /** Support/admin: CONFIRMED -> FULFILLED with a tracking number. */
  shipOrder: OrderPayload;
  /** Customers only: opens a conversation with its first message. */
  startConversation: ConversationPayload;
  /** Sets a line's quantity; 0 removes it. */
  updateCartLine: CartPayload;
  /** Changes a product; fields left out stay as they are. Admins only. */
  updateProduct: ProductPayload;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationAddCartLineArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationAdjustStockArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AdjustStockInput;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationApproveOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationAskAssistantArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  message: Scalars['String']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationCheckoutArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CheckoutInput;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationCloseConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationMarkOrderDeliveredArgs = {
  orderId: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationMergeCartArgs = {
  cartId: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationRefundPaymentArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RefundPaymentInput;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationRejectOrderArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationRemoveCartLineArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  lineId: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationSendChatMessageArgs = {
  body: Scalars['String']['input'];
  clientMessageId?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationSetUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationSetWebhookEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationShipOrderArgs = {
  input: ShipOrderInput;
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationStartConversationArgs = {
  message: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationUpdateCartLineArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};


/** Write entry points. Business failures come back as `userErrors` in the payload (nothing changed); bad input and missing permissions as GraphQL errors with `extensions.code`. */
export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};

/** A variant of a new product. */
export type NewVariantInput = {
  /** What this variant has of its own, e.g. Size: M. */
  attributes?: InputMaybe<Array<AttributeInput>>;
  /** What sets the variant apart, e.g. "Size: M". */
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
  /** ISO 8601 instant the order was placed. */
  createdAt: Scalars['String']['output'];
  /** ISO 4217 code of every amount of the order, e.g. USD. */
  currencyCode: Scalars['String']['output'];
  /** Who placed the order. */
  customer: User;
  /** ISO 8601 instant the order was marked delivered. */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** Why the order ended OUT_OF_STOCK, PAYMENT_FAILED or CANCELLED; null otherwise. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Where the money is: PENDING, AUTHORIZED, PAID, PARTIALLY_REFUNDED, REFUNDED, or VOIDED / DECLINED when nothing was taken. */
  financialStatus: OrderFinancialStatus;
  /** Where the goods are: UNFULFILLED until shipped, then FULFILLED, then DELIVERED. */
  fulfillmentStatus: OrderFulfillmentStatus;
  /** Stable opaque id of the order. */
  id: Scalars['ID']['output'];
  /** What was bought. */
  lines: Array<OrderLine>;
  /** Human-friendly order number, e.g. SO-100001. */
  number: Scalars['String']['output'];
  /** Oldest first. The order's customer and staff only; empty for anyone else; null while payments cannot be reached. */
  payments?: Maybe<Array<Payment>>;
  /**
   * The fraud risk assessment ai made when the order was placed, before its payment was captured
   * (rules plus an isolation forest trained on past checkouts). Staff only (SUPPORT, ADMIN): a
   * customer gets FORBIDDEN, an anonymous caller UNAUTHENTICATED. Null for orders never assessed
   * (the seeded history) or while ai is unavailable.
   */
  risk?: Maybe<OrderRisk>;
  /** Carrier and tracking number once the order has shipped. */
  shipment?: Maybe<Shipment>;
  /** Shipping cost. */
  shipping: Money;
  /** Where the order goes; null for orders placed before checkout recorded addresses (the demo history). */
  shippingAddress?: Maybe<ShippingAddress>;
  /** Where the order is in its lifecycle (the saga, then shipping). Refunds do not change it: see financialStatus. */
  status: OrderStatus;
  /** Every change of status, fulfillmentStatus or financialStatus after the order was placed, oldest first. */
  statusHistory: Array<OrderStatusChange>;
  /** Sum of the line totals. */
  subtotal: Money;
  /** Tax on the order. */
  tax: Money;
  /** subtotal + shipping + tax. */
  total: Money;
  /** ISO 8601 instant of the order's last change. */
  updatedAt: Scalars['String']['output'];
  /** Number of changes so far (0 when just placed): orders the changes and order.updated events. */
  version: Scalars['Int']['output'];
};

/** One page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page, newest first. */
  edges: Array<OrderEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** Orders matching the query, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** An order in a page, with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque position of this order in the list; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Why a cart, checkout or order operation was refused. */
export type OrderErrorCode =
  /** The cart was already turned into an order. */
  | 'CART_ALREADY_CHECKED_OUT'
  /** Checkout of a cart without lines. */
  | 'CART_EMPTY'
  /** No cart has this id, it expired, or it is not the caller's. */
  | 'CART_NOT_FOUND'
  /** The idempotency key was already used with a different cart, address or card. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The order's status does not allow this change. */
  | 'ILLEGAL_TRANSITION'
  /** More units than are available; the message says how many are. */
  | 'INSUFFICIENT_STOCK'
  /** A shipping address field is missing or invalid; `field` says which. */
  | 'INVALID_ADDRESS'
  /** The card number, expiry or CVC is malformed or the card has expired. */
  | 'INVALID_CARD'
  /** The input breaks another rule; the message says which. */
  | 'INVALID_INPUT'
  /** The quantity is out of range: a line holds 1 to 999 units (0 in updateCartLine removes it). */
  | 'INVALID_QUANTITY'
  /** The cart has no line with this id. */
  | 'LINE_NOT_FOUND'
  /** No order has this id (or the caller may not see it). */
  | 'ORDER_NOT_FOUND'
  /** No variant for sale has this id. */
  | 'VARIANT_NOT_FOUND';

/** Narrows Query.orders; every given condition must hold. */
export type OrderFilter = {
  /** ISO 8601 instant; orders created at or after it. */
  createdAfter?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 instant; orders created strictly before it. */
  createdBefore?: InputMaybe<Scalars['String']['input']>;
  /** Orders of this customer only. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these financial statuses. */
  financialStatus?: InputMaybe<Array<OrderFinancialStatus>>;
  /** Any of these fulfilment statuses. */
  fulfillmentStatus?: InputMaybe<Array<OrderFulfillmentStatus>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
};

/**
 * Where an order's money is (after Shopify's displayFinancialStatus): PENDING -> AUTHORIZED -> PAID ->
 * PARTIALLY_REFUNDED -> REFUNDED, with VOIDED and DECLINED when nothing was taken.
 */
export type OrderFinancialStatus =
  /** The card was authorised; nothing captured yet. */
  | 'AUTHORIZED'
  /** The card was declined (the order is PAYMENT_FAILED); nothing was taken. */
  | 'DECLINED'
  /** The whole total was captured. */
  | 'PAID'
  /** Part of the captured amount was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Awaiting payment: the card has not been authorised yet. */
  | 'PENDING'
  /** All of the captured amount was refunded. */
  | 'REFUNDED'
  /** Nothing was taken and nothing will be: the authorisation was voided, or the order closed (cancelled, out of stock) before payment. */
  | 'VOIDED';

/** Where an order's goods are (after Shopify's displayFulfillmentStatus). An order cancelled before it shipped stays UNFULFILLED. */
export type OrderFulfillmentStatus =
  /** Arrived. */
  | 'DELIVERED'
  /** Shipped, with a tracking number. */
  | 'FULFILLED'
  /** Not shipped yet. */
  | 'UNFULFILLED';

/** One variant and quantity of an order, priced when it was placed. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Stable id of the line. */
  id: Scalars['ID']['output'];
  /** The product bought (its current catalogue data). */
  product: Product;
  /** The product's name when the order was placed. */
  productName: Scalars['String']['output'];
  /** Units bought; at least 1. */
  quantity: Scalars['Int']['output'];
  /** The variant's SKU when the order was placed. */
  sku: Scalars['String']['output'];
  /** unitPrice x quantity. */
  total: Money;
  /** The price of one unit when the order was placed. */
  unitPrice: Money;
  /** The variant bought; null when it no longer exists in the catalogue. */
  variant?: Maybe<ProductVariant>;
};

/** The outcome of an order mutation: the order on success, userErrors otherwise. */
export type OrderPayload = {
  __typename?: 'OrderPayload';
  /** The order after the change; null when userErrors is not empty. */
  order?: Maybe<Order>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<OrderUserError>;
};

/** How likely an order is to be fraudulent, and why. */
export type OrderRisk = {
  __typename?: 'OrderRisk';
  /** When the assessment was made (ISO-8601). */
  assessedAt: Scalars['String']['output'];
  /** LOW and MEDIUM proceed; HIGH holds the order for review (payment authorised, not captured). */
  level: RiskLevel;
  /** What raised the score, strongest first; empty when nothing did. */
  reasons: Array<RiskReason>;
  /** 0 to 1: the combined strength of the evidence (noisy-or of the rules and the anomaly score). */
  score: Scalars['Float']['output'];
};

/**
 * Where an order is in its lifecycle: PENDING -> RESERVED -> CONFIRMED -> FULFILLED -> DELIVERED, with
 * OUT_OF_STOCK, PAYMENT_FAILED and CANCELLED as the ways out. Refunds are Order.financialStatus.
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
  /**
   * Held for fraud review (HIGH risk): stock reserved and payment authorised, not captured, until
   * staff approve (back to RESERVED, then captured) or reject it (CANCELLED, authorisation voided).
   */
  | 'ON_HOLD'
  /** Some line could not be reserved; nothing was taken or charged. */
  | 'OUT_OF_STOCK'
  /** Never set any more; see Order.financialStatus. */
  | 'PARTIALLY_REFUNDED'
  /** The card was not authorised; the reserved stock was released. */
  | 'PAYMENT_FAILED'
  /** Placed; stock not yet reserved. */
  | 'PENDING'
  /** Never set any more; see Order.financialStatus. */
  | 'REFUNDED'
  /** Stock reserved; awaiting payment. */
  | 'RESERVED';

/** One change of an order: a move of one or more of status, fulfillmentStatus and financialStatus. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** ISO 8601 instant of the change. */
  at: Scalars['String']['output'];
  /** The financial status after this change. */
  financialStatus: OrderFinancialStatus;
  /** Null only for a change recorded without a previous status. */
  from?: Maybe<OrderStatus>;
  /** The fulfilment status after this change. */
  fulfillmentStatus: OrderFulfillmentStatus;
  /** The financial status before this change; null for a change recorded without one. */
  previousFinancialStatus?: Maybe<OrderFinancialStatus>;
  /** The fulfilment status before this change; null for a change recorded without one. */
  previousFulfillmentStatus?: Maybe<OrderFulfillmentStatus>;
  /** Why, in words (e.g. the payment failure or the cancellation reason). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The lifecycle status after this change; equal to from when only the goods or the money moved (e.g. a refund). */
  to: OrderStatus;
  /** The order's version after this change: 1 for the first change after it was placed. */
  version: Scalars['Int']['output'];
};

/**
 * One change of an order, as live order tracking delivers it: the three statuses before and after
 * (a refund moves financialStatus alone: status equals previousStatus), `reason` and `occurredAt`;
 * `order` is the order as it is now.
 */
export type OrderUpdate = {
  __typename?: 'OrderUpdate';
  /**
   * This change's place in the all-orders feed: pass the last one you received as ordersUpdated's
   * `after` to resume without gap or duplicate. Set on ordersUpdated events; null on orderUpdated,
   * which resumes by `version`.
   */
  cursor?: Maybe<Scalars['String']['output']>;
  /** The financial status after this change. */
  financialStatus: OrderFinancialStatus;
  /** The fulfilment status after this change. */
  fulfillmentStatus: OrderFulfillmentStatus;
  /** ISO 8601 instant of the change. */
  occurredAt: Scalars['String']['output'];
  /** The order as it is now. */
  order: Order;
  /** The financial status before this change; null for a change recorded without one. */
  previousFinancialStatus?: Maybe<OrderFinancialStatus>;
  /** The fulfilment status before this change; null for a change recorded without one. */
  previousFulfillmentStatus?: Maybe<OrderFulfillmentStatus>;
  /** The status before this change; null for a change recorded without one. */
  previousStatus?: Maybe<OrderStatus>;
  /** Why, in words (e.g. the payment failure or the cancellation reason). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status after this change. */
  status: OrderStatus;
  /** The order's version after this change: 1 for the first change after it was placed. */
  version: Scalars['Int']['output'];
};

/** A business rule refused the request; nothing was changed. */
export type OrderUserError = {
  __typename?: 'OrderUserError';
  /** Stable, machine-readable reason. */
  code: OrderErrorCode;
  /** Path of the offending argument, e.g. input.shippingAddress.country. */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation, fit to show the shopper. */
  message: Scalars['String']['output'];
};

/** Where a page of a cursor-paginated list ends (see the partner guide, Pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
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
  /** ISO 8601 instant the payment was created. */
  createdAt: Scalars['String']['output'];
  /** Why the provider declined the authorization; null unless FAILED. */
  failureCode?: Maybe<PaymentFailureCode>;
  /** The provider's explanation of a decline, fit to show the shopper. */
  failureMessage?: Maybe<Scalars['String']['output']>;
  /** Stable opaque id of the payment. */
  id: Scalars['ID']['output'];
  /** The card used (brand and last four digits). */
  method: PaymentMethodSummary;
  /** The order the payment is for. */
  order: Order;
  /** The card processor's id for the charge (to match its dashboard and webhooks). Support and admins only; null for others. */
  providerReference?: Maybe<Scalars['String']['output']>;
  /** How much of the captured amount has been given back; zero until a refund. */
  refundedAmount: Money;
  /** The refunds that went through, oldest first. */
  refunds: Array<Refund>;
  /** Where the payment is in its lifecycle. */
  status: PaymentStatus;
  /** ISO 8601 instant of the payment's last change. */
  updatedAt: Scalars['String']['output'];
};

/** Why a payment operation was refused. */
export type PaymentErrorCode =
  /** The idempotency key was already used with different input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The amount is not a decimal string greater than zero in the payment's currency. */
  | 'INVALID_AMOUNT'
  /** Nothing is left to refund, or the payment was never captured. */
  | 'NOT_REFUNDABLE'
  /** No payment has this id. */
  | 'PAYMENT_NOT_FOUND'
  /** The card processor refused or could not complete the operation; nothing changed. */
  | 'PROVIDER_ERROR'
  /** The refund would take the refunded total above the captured amount. */
  | 'REFUND_EXCEEDS_CAPTURED';

/** Why a card authorization was declined. */
export type PaymentFailureCode =
  /** The card issuer declined the charge. */
  | 'CARD_DECLINED'
  /** The card has expired. */
  | 'EXPIRED_CARD'
  /** The card has not enough funds or credit. */
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
  /** Stable, machine-readable reason. */
  code: PaymentErrorCode;
  /** The input field at fault, e.g. input.amount. */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation. */
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
  /** Cost price in minor units; null when products announced none. */
  costMinor?: Maybe<Scalars['Int']['output']>;
  /** Today's price, cost and suggested price in minor units. */
  currentPriceMinor: Scalars['Int']['output'];
  /** Own-price elasticity estimated by log-log (Poisson) regression on the price history, null without price variation. */
  elasticity?: Maybe<Scalars['Float']['output']>;
  /** Standard error of the elasticity estimate; null without one. */
  elasticityStandardError?: Maybe<Scalars['Float']['output']>;
  /** Expected change in units a week (-0.1 = 10 % fewer). */
  expectedUnitChange: Scalars['Float']['output'];
  /** Expected change in margin a week, minor units. */
  expectedWeeklyMarginChangeMinor: Scalars['Int']['output'];
  /** The product the variant belongs to. */
  product: Product;
  /** Why this price (or why no change), in words. */
  reason: Scalars['String']['output'];
  /** The variant's SKU. */
  sku: Scalars['String']['output'];
  /** The suggested price as the decimal string updateProduct takes, e.g. "64.99". */
  suggestedPrice: Scalars['String']['output'];
  /** The suggested price in minor units, within the guardrails (±15 %, never below cost plus the floor). */
  suggestedPriceMinor: Scalars['Int']['output'];
  /** The variant the price is for. */
  variantId: Scalars['ID']['output'];
};

/** Something the shop sells, in one or more variants (sizes, colours, ...). */
export type Product = {
  __typename?: 'Product';
  /** Properties shared by every variant, e.g. Material: Oak. */
  attributes: Array<Attribute>;
  /** Brand name, as filtered by ProductFilter.brand and SearchFilters.brands. */
  brand: Scalars['String']['output'];
  /** The category the product is filed under. */
  category: Category;
  /** ISO 8601 instant the product was added to the catalogue. */
  createdAt: Scalars['String']['output'];
  /** Plain-text description (may be empty). */
  description: Scalars['String']['output'];
  /** Stable opaque id of the product. */
  id: Scalars['ID']['output'];
  /** Pictures of the product, in display order. */
  images: Array<Image>;
  /** Stock across every variant and warehouse of the product; null while inventory cannot be reached. */
  inventory?: Maybe<ProductInventory>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The lowest price among the product's variants. */
  price: Money;
  /**
   * Customers who bought this also bought: products found in the same orders, most related first
   * (cosine similarity of the orders containing each product), topped up with best sellers when
   * fewer are known. Never the product itself. `first` is 0 to 50.
   */
  recommendations?: Maybe<Array<Product>>;
  /**
   * The same hybrid ranking with each product's blended score and the reason it was picked
   * ("bought together in 12 orders", "similar: same category, brand Voltix", "best seller").
   */
  recommendationsExplained?: Maybe<Array<ExplainedRecommendation>>;
  /** Unique, URL-friendly name, e.g. voltix-classic-headphones-0001. */
  slug: Scalars['String']['output'];
  /** The purchasable versions of the product; at least one. */
  variants: Array<ProductVariant>;
};


/** Something the shop sells, in one or more variants (sizes, colours, ...). */
export type ProductRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the shop sells, in one or more variants (sizes, colours, ...). */
export type ProductRecommendationsExplainedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products of this page, in the requested order. */
  edges: Array<ProductEdge>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** Products matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** A product in a page, with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque position of this product in the list; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Why a catalogue change was refused. */
export type ProductErrorCode =
  /** An attribute's name or value is missing or invalid. */
  | 'INVALID_ATTRIBUTE'
  /** The brand is empty or longer than 100 characters. */
  | 'INVALID_BRAND'
  /** The description is longer than 5,000 characters. */
  | 'INVALID_DESCRIPTION'
  /** An image's url or alt text is missing or invalid. */
  | 'INVALID_IMAGE'
  /** The name is empty or too long. */
  | 'INVALID_NAME'
  /** The price is not a decimal string greater than zero. */
  | 'INVALID_PRICE'
  /** The SKU is empty or malformed. */
  | 'INVALID_SKU'
  /** The slug is not lowercase letters, digits and dashes. */
  | 'INVALID_SLUG'
  /** A variant's fields are missing or invalid (a new variant needs a sku, a name and a price). */
  | 'INVALID_VARIANT'
  /** Too few or too many variants (the message gives the limits). */
  | 'NO_VARIANTS'
  /** No product has this id. */
  | 'PRODUCT_NOT_FOUND'
  /** Another variant already has this SKU. */
  | 'SKU_TAKEN'
  /** Another product already has this slug. */
  | 'SLUG_TAKEN'
  /** No category has this id. */
  | 'UNKNOWN_CATEGORY'
  /** No variant of this product has this id. */
  | 'UNKNOWN_VARIANT';

/** Narrows Query.products; every given condition must hold. */
export type ProductFilter = {
  /** Products of this brand (exact name). */
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
  /** Whether at least one unit can be sold (available > 0). */
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
  /** The product after the change; null when userErrors is not empty. */
  product?: Maybe<Product>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<ProductUserError>;
};

/** The order of Query.products. */
export type ProductSort =
  /** Alphabetically by name. */
  | 'NAME_ASC'
  /** Newest first (the default). */
  | 'NEWEST'
  /** Cheapest first (by the lowest variant price). */
  | 'PRICE_ASC'
  /** Most expensive first (by the lowest variant price). */
  | 'PRICE_DESC';

/** A business rule refused a catalogue change; nothing was changed. */
export type ProductUserError = {
  __typename?: 'ProductUserError';
  /** Stable, machine-readable reason. */
  code: ProductErrorCode;
  /** The input field at fault, e.g. variants.0.price. */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** One purchasable version of a product, identified by its SKU. */
export type ProductVariant = {
  __typename?: 'ProductVariant';
  /** What this variant has of its own, e.g. Size: M. */
  attributes: Array<Attribute>;
  /** Stable opaque id of the variant; what carts and orders refer to. */
  id: Scalars['ID']['output'];
  /** Stock of the variant across every warehouse; null while inventory cannot be reached. */
  inventory?: Maybe<ProductInventory>;
  /** What sets the variant apart, e.g. "Size: M". */
  name: Scalars['String']['output'];
  /** The variant's current price. */
  price: Money;
  /** The product this variant belongs to. */
  product: Product;
  /** Stock keeping unit, unique in the catalogue. */
  sku: Scalars['String']['output'];
};

/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type Query = {
  __typename?: 'Query';
  /** The caller's own assistant conversation, oldest turn first (at most 50); empty for anyone else's. */
  assistantConversation: Array<AssistantTurn>;
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
   * Staff only (SUPPORT, ADMIN): sales from `from` to `to` (UTC dates, both included, at most 366
   * days) in one currency: totals, per day and per category, average order value and cart conversion.
   */
  salesSummary: SalesSummary;
  /**
   * Full-text product search with typo tolerance, filters and facets. An empty query browses
   * everything that passes the filters. Results are ordered by relevance, then by product id.
   */
  search: SearchResult;
  /** Any user by id. Admins and support only. */
  user?: Maybe<User>;
  /** Every warehouse. Support and admins only. */
  warehouses: Array<Warehouse>;
  /**
   * Deliveries, newest first, optionally of one webhook and in one state, each with every attempt
   * made. Admins only. Pages with `first` (0 to 100, default 20) and `after` (an endCursor).
   */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Every registered webhook, oldest first. Admins only. */
  webhooks: Array<Webhook>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryAssistantConversationArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryCartArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryCategoryArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryConversationsArgs = {
  status?: InputMaybe<ConversationStatus>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryDemandForecastArgs = {
  productId: Scalars['ID']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryPriceSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryProductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryReservationArgs = {
  orderId: Scalars['ID']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryRevenueForecastArgs = {
  weeks?: InputMaybe<Scalars['Int']['input']>;
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QuerySalesSummaryArgs = {
  currencyCode?: Scalars['String']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilters>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Fields that need a signed-in caller say so; anonymous callers see public data only (catalogue, search, stock, anonymous carts). */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};

/** Money given back from a captured payment. */
export type Refund = {
  __typename?: 'Refund';
  /** How much was given back. */
  amount: Money;
  /** ISO 8601 instant of the refund. */
  createdAt: Scalars['String']['output'];
  /** Stable opaque id of the refund. */
  id: Scalars['ID']['output'];
  /** Why, in words; null when not given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Who asked for the refund. */
  source: RefundSource;
};

/** A refund of part or all of a captured payment. */
export type RefundPaymentInput = {
  /** Decimal string in the payment's currency, e.g. "12.50". */
  amount: Scalars['String']['input'];
  /** The payment to refund. */
  paymentId: Scalars['ID']['input'];
  /** Why, in words (kept with the refund). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of refundPayment: the payment and refund on success, userErrors otherwise. */
export type RefundPaymentPayload = {
  __typename?: 'RefundPaymentPayload';
  /** The payment as it stands after the refund (null when it was not found). */
  payment?: Maybe<Payment>;
  /** The refund taken; null when refused. */
  refund?: Maybe<Refund>;
  /** Why nothing was refunded; empty on success. */
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

/** A new customer account. */
export type RegisterInput = {
  /** A valid email address, unique among accounts (trimmed and compared in lowercase). */
  email: Scalars['String']['input'];
  /** 1 to 100 characters. */
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
  /** Stable opaque id of the reservation. */
  id: Scalars['ID']['output'];
  /** The order the units are held for. */
  orderId: Scalars['ID']['output'];
  /** Whether the units are still held, and if not, why. */
  status: ReservationStatus;
};

/** Units of one variant held in one warehouse. */
export type ReservationAllocation = {
  __typename?: 'ReservationAllocation';
  /** Units held. */
  quantity: Scalars['Int']['output'];
  /** The variant the units are of. */
  variantId: Scalars['ID']['output'];
  /** The warehouse holding the units. */
  warehouse: Warehouse;
};

/** Where a stock reservation is in its lifecycle: ACTIVE, then COMMITTED, RELEASED or EXPIRED. */
export type ReservationStatus =
  /** Units are held for the order. */
  | 'ACTIVE'
  /** The order was paid; the units left stock. */
  | 'COMMITTED'
  /** Not paid in time; the units are for sale again. */
  | 'EXPIRED'
  /** The order was cancelled or its payment failed; the units are for sale again (or were put back). */
  | 'RELEASED';

/** A fraud risk level. */
export type RiskLevel =
  /** Strong signals: the order is held for review until staff approve or reject it. */
  | 'HIGH'
  /** Nothing unusual. */
  | 'LOW'
  /** Some signals; the order proceeds, staff may look. */
  | 'MEDIUM';

/** One reason a risk score went up. */
export type RiskReason = {
  __typename?: 'RiskReason';
  /** Stable code: CARD_TESTING, VELOCITY, AMOUNT_VS_HISTORY, NEW_ACCOUNT_HIGH_VALUE, NEW_ACCOUNT, COUNTRY_MISMATCH or ANOMALY. */
  code: Scalars['String']['output'];
  /** The reason in words, with the figures (e.g. "4 declined attempts in the last hour on 5 cards"). */
  message: Scalars['String']['output'];
  /** How much this reason alone adds, 0 to 1. */
  weight: Scalars['Float']['output'];
};

/** What a signed-in user may do. Sent in the access token; a role change takes effect at the next token refresh. */
export type Role =
  /** Everything support can do, plus the catalogue, stock adjustments, cancellations, refunds and user roles. */
  | 'ADMIN'
  /** A shopper: their own cart, orders, payments, conversations and recommendations. */
  | 'CUSTOMER'
  /** A support agent: reads every order, payment, conversation and stock level; ships and delivers orders; answers chats. */
  | 'SUPPORT';

/**
 * Sales of a range of whole UTC days in one currency, over orders placed in it. Revenue is gross: the
 * totals of orders whose payment was captured (financial status PAID, PARTIALLY_REFUNDED or
 * REFUNDED), refunds not subtracted; an order is counted on the day it was placed.
 */
export type SalesSummary = {
  __typename?: 'SalesSummary';
  /** revenue / paidOrders, rounded half up to the minor unit; null without paid orders. */
  averageOrderValue?: Maybe<Money>;
  /**
   * checkouts / cartsStarted, from 0 (a checkout of a cart started before the range can lift it
   * above 1); null when no cart was started.
   */
  cartConversionRate?: Maybe<Scalars['Float']['output']>;
  /** Carts started in the range (a first item added to a new cart), in any currency. */
  cartsStarted: Scalars['Int']['output'];
  /** Paid items by product category (as products last described it), highest revenue first. */
  categories: Array<CategorySales>;
  /** Orders placed in the range by checking out a cart. */
  checkouts: Scalars['Int']['output'];
  /** ISO 4217 code of every amount here; orders in other currencies are left out. */
  currencyCode: Scalars['String']['output'];
  /** Every day of the range, oldest first; days without orders show zeros. */
  days: Array<DailySales>;
  /** First day of the range, YYYY-MM-DD (UTC). */
  from: Scalars['String']['output'];
  /** Orders placed in the range, whatever became of them. */
  orders: Scalars['Int']['output'];
  /** Of those, the orders whose payment was captured. */
  paidOrders: Scalars['Int']['output'];
  /** Sum of the paid orders' totals (items, shipping and tax). */
  revenue: Money;
  /** Last day of the range, included, YYYY-MM-DD (UTC). */
  to: Scalars['String']['output'];
};

/** Narrows a search; every given condition must hold. */
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

/** A product that matched, with its relevance. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The product that matched. */
  product: Product;
  /** Relevance; higher is better. Scores compare within one result list only (0 when browsing). */
  score: Scalars['Float']['output'];
};

/** One page of search results, with facet counts over every match. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Counts over every match: category (by name), brand and price (fixed buckets in USD). */
  facets: Array<Facet>;
  /** The matches of this page, most relevant first. */
  hits: Array<SearchHit>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
  /** Every product that matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A CONFIRMED order handed to a carrier. */
export type ShipOrderInput = {
  /** The carrier's name, e.g. UPS. */
  carrier: Scalars['String']['input'];
  /** The order to ship. */
  orderId: Scalars['ID']['input'];
  /** The carrier's tracking number. */
  trackingNumber: Scalars['String']['input'];
};

/** How a shipped order travels. */
export type Shipment = {
  __typename?: 'Shipment';
  /** The carrier's name, e.g. UPS. */
  carrier: Scalars['String']['output'];
  /** ISO 8601 instant the order was shipped. */
  shippedAt: Scalars['String']['output'];
  /** The carrier's tracking number. */
  trackingNumber: Scalars['String']['output'];
};

/** A postal address an order ships to. */
export type ShippingAddress = {
  __typename?: 'ShippingAddress';
  /** City or town. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code, e.g. US. */
  country: Scalars['String']['output'];
  /** Street and number. */
  line1: Scalars['String']['output'];
  /** Apartment, suite, floor; null when not given. */
  line2?: Maybe<Scalars['String']['output']>;
  /** Who receives the parcel. */
  name: Scalars['String']['output'];
  /** Postal or ZIP code. */
  postalCode: Scalars['String']['output'];
};

/** A postal address to ship to. */
export type ShippingAddressInput = {
  /** City or town. */
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. US. */
  country: Scalars['String']['input'];
  /** Street and number. */
  line1: Scalars['String']['input'];
  /** Apartment, suite, floor (optional). */
  line2?: InputMaybe<Scalars['String']['input']>;
  /** Who receives the parcel. */
  name: Scalars['String']['input'];
  /** Postal or ZIP code. */
  postalCode: Scalars['String']['input'];
};

/** A product's stock after a change. */
export type StockChange = {
  __typename?: 'StockChange';
  /** Units that can be sold now over every variant and warehouse; never negative. */
  available: Scalars['Int']['output'];
  /** Whether at least one unit can be sold now. */
  inStock: Scalars['Boolean']['output'];
  /** The product whose stock changed. */
  product: Product;
  /** Units available now per variant of the product. */
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
  /** The variant's SKU. */
  sku: Scalars['String']['output'];
  /** The variant the units are of. */
  variantId: Scalars['ID']['output'];
  /** Where the units are. */
  warehouse: Warehouse;
};

/** Live stock for storefronts and dashboards. Events carry the state after each change. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The answer of one turn, for whoever asked it: every chunk from the first (also when subscribing
   * late), then live ones; completes after the `done` chunk.
   */
  assistantReply: AssistantChunk;
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
   * Every change of one order (any of its three statuses): its customer and staff only. With sinceVersion, first every
   * stored change after that version, oldest first, then live ones, without gap or duplicate (resume
   * after a reconnect with the last version seen; 0 replays the whole history).
   */
  orderUpdated: OrderUpdate;
  /**
   * Every change of every order, live: support and admins only (dashboards). Each event carries a
   * `cursor`; with `after`, first every change stored after that cursor, in feed order, then live
   * ones, without gap or duplicate (resume after a reconnect with the last cursor received).
   * Without it, changes from now on.
   */
  ordersUpdated: OrderUpdate;
  /**
   * Staff only (SUPPORT, ADMIN): the support inbox, live — every conversation a customer opens and
   * every message sent in any conversation. Live only: after a (re)connect, read `conversations`
   * (most recently active first) for what came before, and follow one with chatMessageAdded(afterSeq).
   */
  supportInbox: SupportInboxEvent;
};


/** Live stock for storefronts and dashboards. Events carry the state after each change. */
export type SubscriptionAssistantReplyArgs = {
  turnId: Scalars['ID']['input'];
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


/** Live stock for storefronts and dashboards. Events carry the state after each change. */
export type SubscriptionOrdersUpdatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** One new thing in the support inbox. */
export type SupportInboxEvent = {
  __typename?: 'SupportInboxEvent';
  /** The conversation as it is now. */
  conversation: Conversation;
  /** What happened. */
  kind: SupportInboxEventKind;
  /** The message sent (for CONVERSATION_STARTED, the opening message). */
  message: ChatMessage;
};

/** What happened in the support inbox. */
export type SupportInboxEventKind =
  /** A customer opened a conversation; `message` is its first message. */
  | 'CONVERSATION_STARTED'
  /** A customer or staff member sent a message in an existing conversation. */
  | 'MESSAGE_ADDED';

/** Changes to a product; fields left out stay as they are. */
export type UpdateProductInput = {
  /** Replaces the attributes. */
  attributes?: InputMaybe<Array<AttributeInput>>;
  /** A new brand name, at most 100 characters. */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** Moves the product to this existing category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** A new description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the images. */
  images?: InputMaybe<Array<ImageInput>>;
  /** A new display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new slug: lowercase letters, digits and dashes; unique in the catalogue. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Changes existing variants (by id) and adds new ones (without id). Variants left out stay. */
  variants?: InputMaybe<Array<VariantChangeInput>>;
};

/** A person who can sign in: a shopper (CUSTOMER), a support agent (SUPPORT) or an administrator (ADMIN). */
export type User = {
  __typename?: 'User';
  /** Visible to the account owner and staff; null for anyone else. */
  addresses?: Maybe<Array<Address>>;
  /** ISO 8601 instant the account was created. */
  createdAt: Scalars['String']['output'];
  /** Visible to the account owner and staff; null for anyone else. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable opaque id of the user. */
  id: Scalars['ID']['output'];
  /** The name the user registered with (1 to 100 characters). */
  name: Scalars['String']['output'];
  /** Newest first. The user themselves and staff only. Null while orders cannot be reached. */
  orders?: Maybe<OrderConnection>;
  /**
   * Products often bought with what this user bought, excluding what they already own, topped up
   * with best sellers (new customers get best sellers). Visible to the user and to staff only.
   * `first` is 0 to 50.
   */
  recommendedProducts?: Maybe<Array<Product>>;
  /** What the user may do: CUSTOMER, SUPPORT or ADMIN. */
  role: Role;
};


/** A person who can sign in: a shopper (CUSTOMER), a support agent (SUPPORT) or an administrator (ADMIN). */
export type UserOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who can sign in: a shopper (CUSTOMER), a support agent (SUPPORT) or an administrator (ADMIN). */
export type UserRecommendedProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A business rule refused an account operation; nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable, machine-readable reason. */
  code: UserErrorCode;
  /** The input field at fault, e.g. password; null when no single field is. */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation, fit to show the user. */
  message: Scalars['String']['output'];
  /** TOO_MANY_ATTEMPTS only: seconds until another attempt is accepted. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** Why an account operation was refused. */
export type UserErrorCode =
  /** An admin tried to take the ADMIN role from themself. */
  | 'CANNOT_DEMOTE_SELF'
  /** An account with this email address already exists. */
  | 'EMAIL_TAKEN'
  /** The email address and password do not match an account (the message does not say which is wrong). */
  | 'INVALID_CREDENTIALS'
  /** The email address is not a valid address. */
  | 'INVALID_EMAIL'
  /** The name is empty or longer than 100 characters. */
  | 'INVALID_NAME'
  /** Unknown, expired, revoked or already used; the client must sign in again. */
  | 'INVALID_REFRESH_TOKEN'
  /**
   * Too many attempts for this account or client address (sign-in: 5 failures per account, 20 per
   * address, in 15 minutes; registration: 5 per email in 15 minutes, 10 per address in an hour;
   * refresh: 30 failures per address in 15 minutes). Refused without checking the credentials, even
   * the right ones; `retryAfterSeconds` says when to try again.
   */
  | 'TOO_MANY_ATTEMPTS'
  /** No user has this id. */
  | 'USER_NOT_FOUND'
  /** The password breaks a password rule; the message says which. */
  | 'WEAK_PASSWORD';

/** The outcome of a mutation on a user: the user on success, userErrors otherwise. */
export type UserResult = {
  __typename?: 'UserResult';
  /** The user after the change; null when userErrors is not empty. */
  user?: Maybe<User>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** A change to an existing variant (with id) or a variant to add (without id). */
export type VariantChangeInput = {
  /** Replaces the variant's attributes. */
  attributes?: InputMaybe<Array<AttributeInput>>;
  /** The variant to change; leave out to add a variant (then sku, name and price are required). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A new name for the variant. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new price: a decimal string greater than zero, e.g. "19.99". */
  price?: InputMaybe<Scalars['String']['input']>;
  /** A new SKU, unique in the catalogue. */
  sku?: InputMaybe<Scalars['String']['input']>;
};

/** Units of one variant that can be sold now, over every warehouse. */
export type VariantStock = {
  __typename?: 'VariantStock';
  /** Units that can be sold now; never negative. */
  available: Scalars['Int']['output'];
  /** The variant. */
  variant: ProductVariant;
};

/** A place stock is kept and shipped from. */
export type Warehouse = {
  __typename?: 'Warehouse';
  /** Where the warehouse is. */
  city: Scalars['String']['output'];
  /** Short code, e.g. EAST. */
  code: Scalars['String']['output'];
  /** Stable opaque id of the warehouse. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A partner endpoint that receives platform events. */
export type Webhook = {
  __typename?: 'Webhook';
  /** Failed attempts in a row over all its deliveries; reaching the configured threshold disables it. */
  consecutiveFailures: Scalars['Int']['output'];
  /** ISO 8601 instant it was registered; it receives events that occurred from then on. */
  createdAt: Scalars['String']['output'];
  /** ISO 8601 instant it was disabled; null while enabled. */
  disabledAt?: Maybe<Scalars['String']['output']>;
  /** Why it was disabled (automatically, after repeated failures, or by hand); null while enabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Whether deliveries are made. A disabled webhook gets no new deliveries; pending ones wait. */
  enabled: Scalars['Boolean']['output'];
  /** The bus event types it receives, e.g. order.updated. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Stable opaque id of the webhook. */
  id: Scalars['ID']['output'];
  /** A name for people. */
  name: Scalars['String']['output'];
  /** The subscription document that shapes each payload. */
  query: Scalars['String']['output'];
  /** Where deliveries are POSTed. */
  targetUrl: Scalars['String']['output'];
};

/** One event for one webhook, and its attempts. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** How many attempts were made. */
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, first first. */
  attempts: Array<WebhookDeliveryAttempt>;
  /** ISO 8601 instant an attempt succeeded; null until then. */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** The platform event's id. */
  eventId: Scalars['ID']['output'];
  /** The platform event's type, e.g. order.updated (the Shop-Webhook-Event header). */
  eventType: Scalars['String']['output'];
  /** Stable opaque id, sent as the Shop-Webhook-Delivery header: deduplicate on it. */
  id: Scalars['ID']['output'];
  /** ISO 8601 instant of the next attempt while PENDING; null otherwise. */
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant the event occurred. */
  occurredAt: Scalars['String']['output'];
  /** The JSON body sent (built before the first attempt); null until then. */
  payload?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** The webhook it belongs to. */
  webhook: Webhook;
};

/** One POST of a delivery to its endpoint. */
export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  /** ISO 8601 instant the attempt started. */
  at: Scalars['String']['output'];
  /** How long the endpoint took to answer, or to fail, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why the attempt failed; null when it succeeded. */
  error?: Maybe<Scalars['String']['output']>;
  /** 1 for the first attempt, and so on. */
  number: Scalars['Int']['output'];
  /** The endpoint's HTTP status; null when it did not answer. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** A page of deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: WebhookPageInfo;
};

/** One delivery and its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` to get the deliveries after this one. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** The outcome of redeliverWebhookDelivery. */
export type WebhookDeliveryResult = {
  __typename?: 'WebhookDeliveryResult';
  /** The delivery, due now; null when refused. */
  delivery?: Maybe<WebhookDelivery>;
  /** Why it was refused; empty on success. */
  userErrors: Array<WebhookError>;
};

/** The state of one delivery. */
export type WebhookDeliveryStatus =
  /** Every allowed attempt failed (dead-lettered); only redeliverWebhookDelivery sends it again. */
  | 'DEAD'
  /** The endpoint answered an attempt with 2xx. */
  | 'DELIVERED'
  /** Waiting for its next attempt (the first, or a retry after a failure). */
  | 'PENDING';

/** A business rule refused a webhook operation; nothing was changed. */
export type WebhookError = {
  __typename?: 'WebhookError';
  /** Stable, machine-readable reason. */
  code: WebhookErrorCode;
  /** The input field at fault; null when no single field is. */
  field?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** Why a webhook operation was refused. */
export type WebhookErrorCode =
  /** There is no delivery with this id. */
  | 'DELIVERY_NOT_FOUND'
  /** The name is empty or longer than 100 characters. */
  | 'INVALID_NAME'
  /** The subscription document is not acceptable; the message says why. */
  | 'INVALID_QUERY'
  /** The target URL is not acceptable; the message says why. */
  | 'INVALID_TARGET_URL'
  /** There is no webhook with this id. */
  | 'WEBHOOK_NOT_FOUND';

/** Where a page of deliveries ends. */
export type WebhookPageInfo = {
  __typename?: 'WebhookPageInfo';
  /** The last edge's cursor; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more deliveries follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The outcome of setWebhookEnabled. */
export type WebhookResult = {
  __typename?: 'WebhookResult';
  /** Why it was refused; empty on success. */
  userErrors: Array<WebhookError>;
  /** The webhook as it is now; null when refused. */
  webhook?: Maybe<Webhook>;
};

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthResult', token?: string | null, expiresAt?: string | null, refreshToken?: string | null, refreshTokenExpiresAt?: string | null, user?: { __typename?: 'User', id: string, name: string, role: Role } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string, field?: string | null }> } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthResult', token?: string | null, expiresAt?: string | null, refreshToken?: string | null, refreshTokenExpiresAt?: string | null, user?: { __typename?: 'User', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string, field?: string | null }> } };

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


export type MyAccountQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email?: string | null, addresses?: Array<{ __typename?: 'Address', id: string, line1: string, city: string, postalCode: string, country: string, isDefault: boolean }> | null, orders?: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, fulfillmentStatus: OrderFulfillmentStatus, financialStatus: OrderFinancialStatus, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string } } }> } | null, recommendedProducts?: Array<{ __typename?: 'Product', id: string, slug: string, name: string, price: { __typename?: 'Money', amount: string, currencyCode: string } }> | null } | null };

export type OrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDetailQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, version: number, status: OrderStatus, fulfillmentStatus: OrderFulfillmentStatus, financialStatus: OrderFinancialStatus, createdAt: string, subtotal: { __typename?: 'Money', amount: string, currencyCode: string }, shipping: { __typename?: 'Money', amount: string, currencyCode: string }, tax: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, lines: Array<{ __typename?: 'OrderLine', id: string, quantity: number, productName: string, unitPrice: { __typename?: 'Money', amount: string, currencyCode: string }, total: { __typename?: 'Money', amount: string, currencyCode: string }, product: { __typename?: 'Product', id: string, slug: string, images: Array<{ __typename?: 'Image', url: string, altText: string }> } }>, payments?: Array<{ __typename?: 'Payment', id: string, status: PaymentStatus, amount: { __typename?: 'Money', amount: string, currencyCode: string }, method: { __typename?: 'PaymentMethodSummary', brand: string, last4: string } }> | null } | null };

export type AdminOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
}>;


export type AdminOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, fulfillmentStatus: OrderFulfillmentStatus, financialStatus: OrderFinancialStatus, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string }, customer: { __typename?: 'User', id: string, name: string, email?: string | null }, lines: Array<{ __typename?: 'OrderLine', quantity: number, product: { __typename?: 'Product', id: string, name: string, inventory?: { __typename?: 'ProductInventory', available: number } | null } }> } }> } };

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

export type AskAssistantMutationVariables = Exact<{
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  message: Scalars['String']['input'];
}>;


export type AskAssistantMutation = { __typename?: 'Mutation', askAssistant: { __typename?: 'AskAssistantPayload', turnId?: string | null, conversationId?: string | null, provider: string, userErrors: Array<{ __typename?: 'ChatUserError', code: ChatErrorCode, message: string, field?: string | null }> } };

export type AssistantReplySubscriptionVariables = Exact<{
  turnId: Scalars['ID']['input'];
}>;


export type AssistantReplySubscription = { __typename?: 'Subscription', assistantReply: { __typename?: 'AssistantChunk', seq: number, delta: string, done: boolean, provider: string, products: Array<{ __typename?: 'Product', id: string, name: string, slug: string, price: { __typename?: 'Money', amount: string, currencyCode: string } }>, sources: Array<{ __typename?: 'AssistantSource', kind: AssistantSourceKind, id: string, title: string }>, handoverConversation?: { __typename?: 'Conversation', id: string, subject: string } | null } };

export type AssistantConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssistantConversationQuery = { __typename?: 'Query', assistantConversation: Array<{ __typename?: 'AssistantTurn', id: string, seq: number, question: string, answer?: string | null }> };

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


export type CatalogPageQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, slug: string, name: string, brand: string, price: { __typename?: 'Money', amount: string, currencyCode: string }, images: Array<{ __typename?: 'Image', url: string, altText: string }>, inventory?: { __typename?: 'ProductInventory', inStock: boolean } | null } }> } };

export type ProductPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ProductPageQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, name: string, description: string, brand: string, category: { __typename?: 'Category', id: string, name: string, parent?: { __typename?: 'Category', id: string, name: string } | null }, images: Array<{ __typename?: 'Image', url: string, altText: string }>, attributes: Array<{ __typename?: 'Attribute', name: string, value: string }>, price: { __typename?: 'Money', amount: string, currencyCode: string }, variants: Array<{ __typename?: 'ProductVariant', id: string, sku: string, name: string, price: { __typename?: 'Money', amount: string, currencyCode: string }, inventory?: { __typename?: 'ProductInventory', available: number, inStock: boolean } | null }>, inventory?: { __typename?: 'ProductInventory', available: number, inStock: boolean } | null, recommendations?: Array<{ __typename?: 'Product', id: string, slug: string, name: string, price: { __typename?: 'Money', amount: string, currencyCode: string } }> | null } | null };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, slug: string, name: string, parent?: { __typename?: 'Category', id: string } | null }> };

export type DashboardSignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type DashboardSignInMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthResult', token?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type DashboardMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, role: Role } | null };

export type DashboardSalesQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type DashboardSalesQuery = { __typename?: 'Query', salesSummary: { __typename?: 'SalesSummary', currencyCode: string, orders: number, paidOrders: number, cartsStarted: number, checkouts: number, cartConversionRate?: number | null, revenue: { __typename?: 'Money', amount: string }, averageOrderValue?: { __typename?: 'Money', amount: string } | null, days: Array<{ __typename?: 'DailySales', date: string, orders: number, paidOrders: number, revenue: { __typename?: 'Money', amount: string } }>, categories: Array<{ __typename?: 'CategorySales', categoryName: string, units: number, revenue: { __typename?: 'Money', amount: string } }> } };

export type DashboardRecentOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRecentOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, version: number, number: string, status: OrderStatus, fulfillmentStatus: OrderFulfillmentStatus, financialStatus: OrderFinancialStatus, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string }, customer: { __typename?: 'User', name: string } } }> } };

export type DashboardOpenConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOpenConversationsQuery = { __typename?: 'Query', conversations: Array<{ __typename?: 'Conversation', id: string, subject: string, updatedAt: string, customer: { __typename?: 'User', name: string }, messages: Array<{ __typename?: 'ChatMessage', body: string, authorRole: ChatAuthorRole }> }> };

export type DashboardOrderFragment = { __typename?: 'Order', id: string, version: number, number: string, status: OrderStatus, fulfillmentStatus: OrderFulfillmentStatus, financialStatus: OrderFinancialStatus, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string }, customer: { __typename?: 'User', name: string } };

export type DashboardOrdersFeedSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardOrdersFeedSubscription = { __typename?: 'Subscription', ordersUpdated: { __typename?: 'OrderUpdate', cursor?: string | null, version: number, status: OrderStatus, previousStatus?: OrderStatus | null, occurredAt: string, order: { __typename?: 'Order', id: string, version: number, number: string, status: OrderStatus, fulfillmentStatus: OrderFulfillmentStatus, financialStatus: OrderFinancialStatus, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string }, customer: { __typename?: 'User', name: string } } } };

export type DashboardLowStockSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardLowStockSubscription = { __typename?: 'Subscription', lowStockAlerts: { __typename?: 'LowStockAlert', available: number, threshold: number, product: { __typename?: 'Product', name: string }, variant: { __typename?: 'ProductVariant', sku: string }, warehouse: { __typename?: 'Warehouse', name: string } } };

export type DashboardInboxSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardInboxSubscription = { __typename?: 'Subscription', supportInbox: { __typename?: 'SupportInboxEvent', kind: SupportInboxEventKind, conversation: { __typename?: 'Conversation', id: string, subject: string, updatedAt: string, customer: { __typename?: 'User', name: string } }, message: { __typename?: 'ChatMessage', body: string, authorRole: ChatAuthorRole } } };

export type OrderRiskFieldsFragment = { __typename?: 'OrderRisk', score: number, level: RiskLevel, assessedAt: string, reasons: Array<{ __typename?: 'RiskReason', code: string, message: string, weight: number }> };

export type OrderRiskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderRiskQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, financialStatus: OrderFinancialStatus, risk?: { __typename?: 'OrderRisk', score: number, level: RiskLevel, assessedAt: string, reasons: Array<{ __typename?: 'RiskReason', code: string, message: string, weight: number }> } | null } | null };

export type HeldOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HeldOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, number: string, createdAt: string, total: { __typename?: 'Money', amount: string, currencyCode: string }, customer: { __typename?: 'User', id: string }, risk?: { __typename?: 'OrderRisk', score: number, level: RiskLevel, assessedAt: string, reasons: Array<{ __typename?: 'RiskReason', code: string, message: string, weight: number }> } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ApproveOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveOrderMutation = { __typename?: 'Mutation', approveOrder: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string, field?: string | null }> } };

export type RejectOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectOrderMutation = { __typename?: 'Mutation', rejectOrder: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, userErrors: Array<{ __typename?: 'OrderUserError', code: OrderErrorCode, message: string, field?: string | null }> } };

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


export type ProductRecommendationsExplainedQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, recommendationsExplained?: Array<{ __typename?: 'ExplainedRecommendation', score: number, reason: string, product: { __typename?: 'Product', id: string, name: string } }> | null } | null };

export type OrderTrackingSubscriptionVariables = Exact<{
  orderId: Scalars['ID']['input'];
  sinceVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrderTrackingSubscription = { __typename?: 'Subscription', orderUpdated: { __typename?: 'OrderUpdate', version: number, status: OrderStatus, previousStatus?: OrderStatus | null, fulfillmentStatus: OrderFulfillmentStatus, financialStatus: OrderFinancialStatus, reason?: string | null, occurredAt: string, order: { __typename?: 'Order', id: string, number: string, status: OrderStatus, total: { __typename?: 'Money', amount: string, currencyCode: string } } } };

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


export type SearchProductsQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets: Array<{ __typename?: 'Facet', name: string, values: Array<{ __typename?: 'FacetValue', value: string, count: number }> }>, hits: Array<{ __typename?: 'SearchHit', score: number, product: { __typename?: 'Product', id: string, slug: string, name: string, brand: string, price: { __typename?: 'Money', amount: string, currencyCode: string }, inventory?: { __typename?: 'ProductInventory', inStock: boolean } | null } }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreateWebhookResult', secret?: string | null, webhook?: { __typename?: 'Webhook', id: string, name: string, targetUrl: string, eventTypes: Array<string>, enabled: boolean, createdAt: string } | null, userErrors: Array<{ __typename?: 'WebhookError', code: WebhookErrorCode, field?: string | null, message: string }> } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, name: string, targetUrl: string, query: string, eventTypes: Array<string>, enabled: boolean, disabledReason?: string | null, disabledAt?: string | null, consecutiveFailures: number }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', pageInfo: { __typename?: 'WebhookPageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: string, occurredAt: string, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptAt?: string | null, deliveredAt?: string | null, payload?: string | null, attempts: Array<{ __typename?: 'WebhookDeliveryAttempt', number: number, at: string, durationMs: number, statusCode?: number | null, error?: string | null }> } }> } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverWebhookDeliveryMutation = { __typename?: 'Mutation', redeliverWebhookDelivery: { __typename?: 'WebhookDeliveryResult', delivery?: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, nextAttemptAt?: string | null } | null, userErrors: Array<{ __typename?: 'WebhookError', code: WebhookErrorCode, message: string }> } };

export type SetWebhookEnabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetWebhookEnabledMutation = { __typename?: 'Mutation', setWebhookEnabled: { __typename?: 'WebhookResult', webhook?: { __typename?: 'Webhook', id: string, enabled: boolean, disabledReason?: string | null, consecutiveFailures: number } | null, userErrors: Array<{ __typename?: 'WebhookError', code: WebhookErrorCode, message: string }> } };

export const CartViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CartViewFragment, unknown>;
export const DashboardOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardOrderFragment, unknown>;
export const OrderRiskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]} as unknown as DocumentNode<OrderRiskFieldsFragment, unknown>;
export const ForecastFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forecast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalNaiveMase"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<ForecastFieldsFragment, unknown>;
export const LoginDocument = {"__meta__":{"hash":"cb1675ae040812b0c6a0c5989653aae2d3021743c506b64e4f9e8491011e813f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"__meta__":{"hash":"ee09044e73b1ceaf5b1077e4f77465896bb43ce4f2267f5ded6abd5a67c91994"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"d2b2bdfeec475a11ef27ca05e0dc05f0df4b1845b20b3fcb0690687de35383b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"977def0ffe50cdfa8f5ae411ade141bf4a27ab5a1939eebf150641c742010a6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MyAccountDocument = {"__meta__":{"hash":"47ce48e313654d860dd4a32323f8eafea3a3cc03fed2032de5a5203a4f02c8fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const OrderDetailDocument = {"__meta__":{"hash":"bb38ad51727fc1d9eeb5cec0fd3e83bd3e1f534537aba8a053f02bf468fa0c3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const AdminOrdersDocument = {"__meta__":{"hash":"782cafd2b18339542d1bbd76b2de47240b43539467660a0e9c6919aa2d0c0262"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdjustStockDocument = {"__meta__":{"hash":"b7bcf67e04af2fc367104e1fcd39dd6ec96937362df5371181115727cd224ddf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const ShipOrderDocument = {"__meta__":{"hash":"8e678993e270f8b41a600dd830a469be116f443b72a01d043f5613048c71c851"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShipOrderMutation, ShipOrderMutationVariables>;
export const CancelOrderDocument = {"__meta__":{"hash":"39414208758a99a0704b6c5c2069efef207a60bdc8e189089d8d9f6d4433c3a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const RefundPaymentDocument = {"__meta__":{"hash":"661c04af62a6b1d36e767b5e3442dc50f02f5870c10d0218c1c415b599be54cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const AskAssistantDocument = {"__meta__":{"hash":"6d2c0aa2396147586965881880d4f85b18cb156abad7a3f79244795618e17fba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskAssistant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askAssistant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turnId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AskAssistantMutation, AskAssistantMutationVariables>;
export const AssistantReplyDocument = {"__meta__":{"hash":"63bc499e4b816df2bb3380b165f8aaa93382c282c699f6d0d2c22269a5618499"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AssistantReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"turnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"turnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"turnId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoverConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<AssistantReplySubscription, AssistantReplySubscriptionVariables>;
export const AssistantConversationDocument = {"__meta__":{"hash":"537fbd2b2ee0c9c90bfab9797035648dd8f48a0d2372235988c5310cb6f6185f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistantConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]} as unknown as DocumentNode<AssistantConversationQuery, AssistantConversationQueryVariables>;
export const CartDocument = {"__meta__":{"hash":"1e9279d76de20f39a023d0a1c9219cd1cd017a2044f21658ad5ebf5783cdaf81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CartQuery, CartQueryVariables>;
export const MyCartDocument = {"__meta__":{"hash":"aaad8c12b9e4937b82d48f54d4d98f21c160c2fc03ff6500fa70693da54678b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<MyCartQuery, MyCartQueryVariables>;
export const AddCartLineDocument = {"__meta__":{"hash":"8d078a7bac19618b00d59b0843ba6544f982f4ea7bd04da0bac1ee6fbcd799da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<AddCartLineMutation, AddCartLineMutationVariables>;
export const UpdateCartLineDocument = {"__meta__":{"hash":"cba54866d8b5ce5c1024d39494e4dd974ac56e8cbb01e3297623755179a36b2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCartLineMutation, UpdateCartLineMutationVariables>;
export const RemoveCartLineDocument = {"__meta__":{"hash":"ace02a3f3e1f1b0ec7db07617588e5be5887b596501e9996af7e33861d5c51a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCartLineMutation, RemoveCartLineMutationVariables>;
export const MergeCartDocument = {"__meta__":{"hash":"abf703975751521cc8d4e0c4a9d6bf3bb81f8d071ca6aafbc1a94d509124a389"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<MergeCartMutation, MergeCartMutationVariables>;
export const CheckoutDocument = {"__meta__":{"hash":"e84c05f5a62aba74d81e9c56897289d0e9df6838696ef3ad66402aaa2291ab69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Checkout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutMutation, CheckoutMutationVariables>;
export const CatalogPageDocument = {"__meta__":{"hash":"a141146b4178fd1e2f32fc32c02ae2157f7b4d58bea8582ca03530460fdd94e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"24"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPageQuery, CatalogPageQueryVariables>;
export const ProductPageDocument = {"__meta__":{"hash":"2d6cb68ba00f0acae273102a8a3115668b063727f3b3accc08c7feee46dbf1b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"altText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;
export const CategoriesDocument = {"__meta__":{"hash":"fd73255448934f829776802c1339f5176518658aab7e87d3cee48cbcf9ab1a07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const DashboardSignInDocument = {"__meta__":{"hash":"420171f2930fe30745557c3675446ad8c17f10990bd44be303eb44467a6ab3ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSignInMutation, DashboardSignInMutationVariables>;
export const DashboardMeDocument = {"__meta__":{"hash":"dc4c7b300ffed0183d18fc59e609631bfaf82bb22137e1b581d3556136a821e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<DashboardMeQuery, DashboardMeQueryVariables>;
export const DashboardSalesDocument = {"__meta__":{"hash":"40c95c5bd8b555a873edcd34aa5bad5ddd25635847e80fb2fadba417e6a78628"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"paidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cartsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"checkouts"}},{"kind":"Field","name":{"kind":"Name","value":"cartConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"paidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSalesQuery, DashboardSalesQueryVariables>;
export const DashboardRecentOrdersDocument = {"__meta__":{"hash":"2f148c6304cd36d9aedd1bd7405f36560c86aff46ee2da1b419bacb2442535d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRecentOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardOrder"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardRecentOrdersQuery, DashboardRecentOrdersQueryVariables>;
export const DashboardOpenConversationsDocument = {"__meta__":{"hash":"577d1002241672086dedf29d161fffdfb420f26bc7cc024c9bd5b433433d6cef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOpenConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOpenConversationsQuery, DashboardOpenConversationsQueryVariables>;
export const DashboardOrdersFeedDocument = {"__meta__":{"hash":"1f341c2cd436492697dc9950c7087ee39a1f629d11c91f174b78b8d88d913a9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardOrdersFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardOrdersFeedSubscription, DashboardOrdersFeedSubscriptionVariables>;
export const DashboardLowStockDocument = {"__meta__":{"hash":"df52412320f510761acf74e31cb66f48785d132f73ba6ede88fe6f75b70ebe57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardLowStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowStockAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardLowStockSubscription, DashboardLowStockSubscriptionVariables>;
export const DashboardInboxDocument = {"__meta__":{"hash":"23a539719e1c5c4d05d404944564a69ae0a99c791d803e208a7789a72c7c2c1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardInboxSubscription, DashboardInboxSubscriptionVariables>;
export const OrderRiskDocument = {"__meta__":{"hash":"3976e8910c5c8716639afd1a758cfd4c23bdcf83aafdfcbe7a1705c4c01f408c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]} as unknown as DocumentNode<OrderRiskQuery, OrderRiskQueryVariables>;
export const HeldOrdersDocument = {"__meta__":{"hash":"673e451d14e84ac913338d34e2e9a0ebcb6b862b6de091ea2227b480054bd4ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeldOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ON_HOLD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRiskFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]} as unknown as DocumentNode<HeldOrdersQuery, HeldOrdersQueryVariables>;
export const ApproveOrderDocument = {"__meta__":{"hash":"cd8141de8a110381b6289ec06f29a5c20e61e387867839872225ede08c09b8d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveOrderMutation, ApproveOrderMutationVariables>;
export const RejectOrderDocument = {"__meta__":{"hash":"d06b6e31601b313f668ddf1f823b332352b29dc57f282bb87576beef742b4f99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RejectOrderMutation, RejectOrderMutationVariables>;
export const DemandForecastDocument = {"__meta__":{"hash":"4b197338aa0af99c08e09cf1a74ee53fd15391036655e05673cfe1ca54518e0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forecast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalNaiveMase"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<DemandForecastQuery, DemandForecastQueryVariables>;
export const RevenueForecastDocument = {"__meta__":{"hash":"c1621607985c24dcdbd8808d3cf3f1ec64c29a92f2d0b71fae78761ea3d8fffc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forecast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalNaiveMase"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<RevenueForecastQuery, RevenueForecastQueryVariables>;
export const PriceSuggestionsDocument = {"__meta__":{"hash":"2c0a6171224b6cd3de5592033c3f1f07a4be0d97862f19df179928e89eb4063c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"currentPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"elasticity"}},{"kind":"Field","name":{"kind":"Name","value":"elasticityStandardError"}},{"kind":"Field","name":{"kind":"Name","value":"expectedUnitChange"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWeeklyMarginChangeMinor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PriceSuggestionsQuery, PriceSuggestionsQueryVariables>;
export const ApplyPriceSuggestionDocument = {"__meta__":{"hash":"b176f5e9c3f47f04fd69e839b00a132f13c1d6d4a255142d1c8af566c57339ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPriceSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"price"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"variants"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"price"},"value":{"kind":"Variable","name":{"kind":"Name","value":"price"}}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyPriceSuggestionMutation, ApplyPriceSuggestionMutationVariables>;
export const ProductRecommendationsExplainedDocument = {"__meta__":{"hash":"f93e3e569db17919ca5be1b7e5a97f14a679f8769ee600c7e60eaedb6a5984f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductRecommendationsExplained"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationsExplained"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductRecommendationsExplainedQuery, ProductRecommendationsExplainedQueryVariables>;
export const OrderTrackingDocument = {"__meta__":{"hash":"d133f73c2841075c6c8b2e19459c071f095d371f8ed1045b4ca246d3a38f529d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderTracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sinceVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sinceVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sinceVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderTrackingSubscription, OrderTrackingSubscriptionVariables>;
export const StockOfProductsDocument = {"__meta__":{"hash":"a43eef3a95f15d33a32ac198710f7e0d8085f03a32bd79f73893b997406274c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StockOfProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockOfProductsSubscription, StockOfProductsSubscriptionVariables>;
export const SupportChatDocument = {"__meta__":{"hash":"271c79e1bbf131b87871ac82b63cd9d1ad04a4075154cfb1d4ef2460c2ec0bc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SupportChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatMessageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SupportChatSubscription, SupportChatSubscriptionVariables>;
export const SendChatMessageDocument = {"__meta__":{"hash":"06f269064168b3fdb54ce9a7b0b3a188e011a85a7f85346f606bb7f801ecdfa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendChatMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientMessageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientMessageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientMessageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendChatMessageMutation, SendChatMessageMutationVariables>;
export const SearchProductsDocument = {"__meta__":{"hash":"d83e296d820f363ddef3c1e4771730ae5aa33d0a3f1a27041089c0b022624020"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchProductsQuery, SearchProductsQueryVariables>;
export const CreateWebhookDocument = {"__meta__":{"hash":"068d46c02fcfde6d9c0e2acab2e04447ce742b828fef406c25748002a444e89d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUrl"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const WebhooksDocument = {"__meta__":{"hash":"8a0acb1f8faefb2adb9412bc7a1d6e490df47ff0dde1fec0ac3c775e64749ed9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUrl"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"__meta__":{"hash":"1b2fd49862da844037e45d3d46c5ea0aa11645f8de099d675610e5ba8922e9b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDeliveryDocument = {"__meta__":{"hash":"7be9f3434029b374b5c6dae7689cebf0c244127616739ccbcf2985d4f9f92893"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const SetWebhookEnabledDocument = {"__meta__":{"hash":"5b51cb64a9c398a3c74d0556ccf76bc10d84d84d63b41ac7ca408e4da7ade751"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWebhookEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWebhookEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetWebhookEnabledMutation, SetWebhookEnabledMutationVariables>;