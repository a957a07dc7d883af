CREATE TABLE "ai"."outbox" (
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
CREATE TABLE "ai"."risk_assessments" (
	"order_id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"score" double precision NOT NULL,
	"level" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"anomaly" double precision,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai"."risk_checkouts" (
	"order_id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"total_minor" integer NOT NULL,
	"line_count" integer NOT NULL,
	"units" integer NOT NULL,
	"shipping_country" text,
	"card" text,
	"declined" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_seq_index" ON "ai"."outbox" USING btree ("seq") WHERE "ai"."outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "risk_checkouts_customer_at_index" ON "ai"."risk_checkouts" USING btree ("customer_id","at");