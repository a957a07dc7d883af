CREATE TABLE "ai"."catalog_items" (
	"product_id" text PRIMARY KEY NOT NULL,
	"item" jsonb NOT NULL,
	"announced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai"."sale_lines" (
	"order_id" text NOT NULL,
	"line_no" integer NOT NULL,
	"customer_id" text NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text,
	"quantity" integer NOT NULL,
	"unit_price_minor" integer NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sale_lines_order_id_line_no_pk" PRIMARY KEY("order_id","line_no")
);
