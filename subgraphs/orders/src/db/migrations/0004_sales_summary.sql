CREATE TABLE "orders"."cart_starts" (
	"cart_id" text PRIMARY KEY NOT NULL,
	"started_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders"."catalog_variants" ADD COLUMN "category_id" text;--> statement-breakpoint
ALTER TABLE "orders"."catalog_variants" ADD COLUMN "category_name" text;--> statement-breakpoint
CREATE INDEX "cart_starts_started_at_index" ON "orders"."cart_starts" USING btree ("started_at");