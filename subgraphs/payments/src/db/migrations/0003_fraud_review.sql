ALTER TABLE "payments"."checkout_orders" ADD COLUMN "risk_level" text;--> statement-breakpoint
ALTER TABLE "payments"."checkout_orders" ADD COLUMN "risk_score" double precision;--> statement-breakpoint
ALTER TABLE "payments"."checkout_orders" ADD COLUMN "risk_reasons" jsonb;--> statement-breakpoint
ALTER TABLE "payments"."checkout_orders" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments"."checkout_orders" ADD COLUMN "approved_at" timestamp with time zone;