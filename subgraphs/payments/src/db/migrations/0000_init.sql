CREATE SCHEMA "payments";
--> statement-breakpoint
CREATE TABLE "payments"."outbox" (
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
CREATE TABLE "payments"."payment_transactions" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"payment_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_transactions_amount_check" CHECK ("payments"."payment_transactions"."amount_minor" >= 0),
	CONSTRAINT "payment_transactions_kind_check" CHECK ("payments"."payment_transactions"."kind" in ('AUTHORIZE', 'CAPTURE', 'VOID', 'REFUND'))
);
--> statement-breakpoint
CREATE TABLE "payments"."payments" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"status" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"refunded_minor" integer DEFAULT 0 NOT NULL,
	"currency_code" text NOT NULL,
	"card_brand" text NOT NULL,
	"card_last4" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_check" CHECK ("payments"."payments"."amount_minor" >= 0),
	CONSTRAINT "payments_refunded_check" CHECK ("payments"."payments"."refunded_minor" >= 0 and "payments"."payments"."refunded_minor" <= "payments"."payments"."amount_minor"),
	CONSTRAINT "payments_status_check" CHECK ("payments"."payments"."status" in ('PENDING', 'AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'FAILED')),
	CONSTRAINT "payments_card_last4_check" CHECK ("payments"."payments"."card_last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
ALTER TABLE "payments"."payment_transactions" ADD CONSTRAINT "payment_transactions_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "payments"."payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_seq_index" ON "payments"."outbox" USING btree ("seq") WHERE "payments"."outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "payment_transactions_payment_id_index" ON "payments"."payment_transactions" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "payments_order_id_index" ON "payments"."payments" USING btree ("order_id");