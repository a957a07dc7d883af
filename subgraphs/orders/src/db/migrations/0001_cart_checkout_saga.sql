CREATE SEQUENCE "orders"."order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 200001 CACHE 1;--> statement-breakpoint
CREATE TABLE "orders"."catalog_variants" (
	"variant_id" text PRIMARY KEY NOT NULL,
	"product_id" text,
	"sku" text,
	"product_name" text,
	"variant_name" text,
	"price_minor" integer,
	"currency_code" text,
	"available" integer,
	"product_as_of" timestamp(3) with time zone,
	"available_as_of" timestamp(3) with time zone,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders"."checkout_requests" (
	"customer_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"order_id" text NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkout_requests_customer_id_idempotency_key_pk" PRIMARY KEY("customer_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "orders"."order_status_history" (
	"order_id" text NOT NULL,
	"version" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_status_history_order_id_version_pk" PRIMARY KEY("order_id","version")
);
--> statement-breakpoint
CREATE TABLE "orders"."processed_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders"."cart_lines" ALTER COLUMN "variant_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."carts" ADD COLUMN "expires_at" timestamp(3) with time zone DEFAULT now() + interval '14 days' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "failure_reason" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "cart_id" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "shipping_address" jsonb;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "payment_brand" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "payment_last4" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "carrier" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "tracking_number" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "shipped_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "delivered_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "orders"."checkout_requests" ADD CONSTRAINT "checkout_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ADD CONSTRAINT "order_status_history_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carts_expires_at_index" ON "orders"."carts" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "orders"."cart_lines" DROP COLUMN "unit_price_minor";--> statement-breakpoint
ALTER TABLE "orders"."cart_lines" ADD CONSTRAINT "cart_lines_cart_id_variant_id_unique" UNIQUE("cart_id","variant_id");--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD CONSTRAINT "orders_cart_id_unique" UNIQUE("cart_id");