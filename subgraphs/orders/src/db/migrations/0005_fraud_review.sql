ALTER TABLE "orders"."orders" ADD COLUMN "risk" jsonb;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "review_decision" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "reviewed_at" timestamp(3) with time zone;