CREATE TABLE "payments"."checkout_orders" (
	"order_id" text PRIMARY KEY NOT NULL,
	"reserved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_status" text,
	"close_reason" text
);
--> statement-breakpoint
CREATE TABLE "payments"."idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"refund_id" text,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."processed_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"payment_id" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"reason" text,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"provider_refund_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "refunds_provider_refund_ref_unique" UNIQUE("provider_refund_ref"),
	CONSTRAINT "refunds_amount_check" CHECK ("payments"."refunds"."amount_minor" > 0),
	CONSTRAINT "refunds_source_check" CHECK ("payments"."refunds"."source" in ('API', 'WEBHOOK', 'CANCELLATION')),
	CONSTRAINT "refunds_status_check" CHECK ("payments"."refunds"."status" in ('PENDING', 'SUCCEEDED', 'FAILED'))
);
--> statement-breakpoint
CREATE TABLE "payments"."webhook_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."sim_processor_charges" (
	"ref" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency_code" text NOT NULL,
	"card_brand" text NOT NULL,
	"card_last4" text NOT NULL,
	"captured_minor" integer DEFAULT 0 NOT NULL,
	"refunded_minor" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_processor_charges_money_check" CHECK ("payments"."sim_processor_charges"."refunded_minor" >= 0 and "payments"."sim_processor_charges"."refunded_minor" <= "payments"."sim_processor_charges"."captured_minor" and "payments"."sim_processor_charges"."captured_minor" <= "payments"."sim_processor_charges"."amount_minor")
);
--> statement-breakpoint
CREATE TABLE "payments"."sim_processor_refunds" (
	"ref" text PRIMARY KEY NOT NULL,
	"charge_ref" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_processor_refunds_amount_check" CHECK ("payments"."sim_processor_refunds"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "payments"."sim_processor_requests" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payments"."payments" DROP CONSTRAINT "payments_refunded_check";--> statement-breakpoint
ALTER TABLE "payments"."payments" DROP CONSTRAINT "payments_status_check";--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "origin" text DEFAULT 'HISTORY' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "captured_minor" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "refund_pending_minor" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "card_token" text;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "provider_ref" text;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "failure_code" text;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "failure_message" text;--> statement-breakpoint
-- Backfill (added by hand to the generated DDL): payments stored before this migration hold their
-- captured amount implicitly in their status, and their refunds only as a total.
UPDATE "payments"."payments" SET "captured_minor" = "amount_minor" WHERE "status" in ('CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED');--> statement-breakpoint
INSERT INTO "payments"."refunds" ("id", "payment_id", "amount_minor", "reason", "source", "status", "created_at", "settled_at")
SELECT 'rfd_' || "id", "id", "refunded_minor", NULL, 'API', 'SUCCEEDED', "updated_at", "updated_at" FROM "payments"."payments" WHERE "refunded_minor" > 0;--> statement-breakpoint
ALTER TABLE "payments"."refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "payments"."payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments"."sim_processor_refunds" ADD CONSTRAINT "sim_processor_refunds_charge_ref_sim_processor_charges_ref_fk" FOREIGN KEY ("charge_ref") REFERENCES "payments"."sim_processor_charges"("ref") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "refunds_payment_id_index" ON "payments"."refunds" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "refunds_pending_index" ON "payments"."refunds" USING btree ("created_at") WHERE "payments"."refunds"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "sim_processor_refunds_charge_ref_index" ON "payments"."sim_processor_refunds" USING btree ("charge_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_checkout_order_unique" ON "payments"."payments" USING btree ("order_id") WHERE "payments"."payments"."origin" = 'CHECKOUT';--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payments_provider_ref_unique" UNIQUE("provider_ref");--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payments_captured_check" CHECK ("payments"."payments"."captured_minor" >= 0 and "payments"."payments"."captured_minor" <= "payments"."payments"."amount_minor");--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payments_origin_check" CHECK ("payments"."payments"."origin" in ('CHECKOUT', 'HISTORY'));--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payments_failure_code_check" CHECK ("payments"."payments"."failure_code" is null or "payments"."payments"."failure_code" in ('CARD_DECLINED', 'INSUFFICIENT_FUNDS', 'EXPIRED_CARD', 'PROCESSING_ERROR'));--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payments_refunded_check" CHECK ("payments"."payments"."refunded_minor" >= 0 and "payments"."payments"."refund_pending_minor" >= 0 and "payments"."payments"."refunded_minor" + "payments"."payments"."refund_pending_minor" <= "payments"."payments"."captured_minor");--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payments_status_check" CHECK ("payments"."payments"."status" in ('PENDING', 'AUTHORIZING', 'AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'FAILED', 'CANCELLED'));