CREATE SCHEMA "inventory";
--> statement-breakpoint
CREATE TABLE "inventory"."idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."outbox" (
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
CREATE TABLE "inventory"."stock_adjustments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"warehouse_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"delta" integer NOT NULL,
	"reason" text NOT NULL,
	"actor_id" text,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."stock_levels" (
	"warehouse_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"product_id" text NOT NULL,
	"sku" text NOT NULL,
	"quantity_on_hand" integer NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"low_stock_threshold" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_levels_warehouse_id_variant_id_pk" PRIMARY KEY("warehouse_id","variant_id"),
	CONSTRAINT "stock_levels_on_hand_non_negative" CHECK ("inventory"."stock_levels"."quantity_on_hand" >= 0),
	CONSTRAINT "stock_levels_reserved_non_negative" CHECK ("inventory"."stock_levels"."reserved" >= 0),
	CONSTRAINT "stock_levels_reserved_within_on_hand" CHECK ("inventory"."stock_levels"."reserved" <= "inventory"."stock_levels"."quantity_on_hand"),
	CONSTRAINT "stock_levels_threshold_non_negative" CHECK ("inventory"."stock_levels"."low_stock_threshold" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inventory"."warehouses" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	CONSTRAINT "warehouses_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "inventory"."stock_levels" ADD CONSTRAINT "stock_levels_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "inventory"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_seq_index" ON "inventory"."outbox" USING btree ("seq") WHERE "inventory"."outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "stock_adjustments_warehouse_id_variant_id_index" ON "inventory"."stock_adjustments" USING btree ("warehouse_id","variant_id");--> statement-breakpoint
CREATE INDEX "stock_levels_product_id_index" ON "inventory"."stock_levels" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "stock_levels_variant_id_index" ON "inventory"."stock_levels" USING btree ("variant_id");