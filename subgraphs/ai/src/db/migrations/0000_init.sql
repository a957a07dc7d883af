CREATE SCHEMA "ai";
--> statement-breakpoint
CREATE TABLE "ai"."processed_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai"."product_stats" (
	"product_id" text PRIMARY KEY NOT NULL,
	"orders" integer NOT NULL,
	"units" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai"."purchases" (
	"order_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"product_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "purchases_order_id_product_id_pk" PRIMARY KEY("order_id","product_id")
);
--> statement-breakpoint
CREATE INDEX "product_stats_popularity_index" ON "ai"."product_stats" USING btree ("orders" DESC NULLS LAST,"units" DESC NULLS LAST,"product_id");--> statement-breakpoint
CREATE INDEX "purchases_product_order_index" ON "ai"."purchases" USING btree ("product_id","order_id");--> statement-breakpoint
CREATE INDEX "purchases_customer_product_index" ON "ai"."purchases" USING btree ("customer_id","product_id");