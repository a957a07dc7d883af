CREATE SCHEMA "orders";
--> statement-breakpoint
CREATE TABLE "orders"."cart_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"cart_id" text NOT NULL,
	"line_no" integer NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text,
	"quantity" integer NOT NULL,
	"unit_price_minor" integer NOT NULL,
	CONSTRAINT "cart_lines_quantity_positive" CHECK ("orders"."cart_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "orders"."carts" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text,
	"currency_code" text NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders"."order_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"line_no" integer NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text,
	"sku" text NOT NULL,
	"product_name" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_minor" integer NOT NULL,
	CONSTRAINT "order_lines_quantity_positive" CHECK ("orders"."order_lines"."quantity" > 0),
	CONSTRAINT "order_lines_price_not_negative" CHECK ("orders"."order_lines"."unit_price_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orders"."orders" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"customer_id" text NOT NULL,
	"status" text NOT NULL,
	"currency_code" text NOT NULL,
	"subtotal_minor" integer NOT NULL,
	"shipping_minor" integer NOT NULL,
	"tax_minor" integer NOT NULL,
	"total_minor" integer NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_number_unique" UNIQUE("number"),
	CONSTRAINT "orders_money_not_negative" CHECK ("orders"."orders"."subtotal_minor" >= 0 and "orders"."orders"."shipping_minor" >= 0 and "orders"."orders"."tax_minor" >= 0 and "orders"."orders"."total_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orders"."outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"version" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "outbox_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
ALTER TABLE "orders"."cart_lines" ADD CONSTRAINT "cart_lines_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "orders"."carts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cart_lines_cart_id_line_no_index" ON "orders"."cart_lines" USING btree ("cart_id","line_no");--> statement-breakpoint
CREATE INDEX "carts_customer_id_updated_at_index" ON "orders"."carts" USING btree ("customer_id","updated_at");--> statement-breakpoint
CREATE INDEX "order_lines_order_id_line_no_index" ON "orders"."order_lines" USING btree ("order_id","line_no");--> statement-breakpoint
CREATE INDEX "orders_created_at_id_index" ON "orders"."orders" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "orders_customer_created_at_id_index" ON "orders"."orders" USING btree ("customer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_status_index" ON "orders"."orders" USING btree ("status");--> statement-breakpoint
CREATE INDEX "outbox_seq_index" ON "orders"."outbox" USING btree ("seq") WHERE "orders"."outbox"."published_at" is null;