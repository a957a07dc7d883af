CREATE TABLE "ai"."assistant_chunks" (
	"turn_id" text NOT NULL,
	"seq" integer NOT NULL,
	"chunk" jsonb NOT NULL,
	CONSTRAINT "assistant_chunks_turn_id_seq_pk" PRIMARY KEY("turn_id","seq")
);
--> statement-breakpoint
CREATE TABLE "ai"."assistant_conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text,
	"support_conversation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai"."assistant_orders" (
	"order_id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"customer_id" text NOT NULL,
	"status" text NOT NULL,
	"status_version" integer NOT NULL,
	"total_minor" integer NOT NULL,
	"currency_code" text NOT NULL,
	"lines" jsonb NOT NULL,
	"created_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ai"."assistant_products" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"brand" text NOT NULL,
	"description" text NOT NULL,
	"category_name" text NOT NULL,
	"price_minor" integer NOT NULL,
	"currency_code" text NOT NULL,
	"variants" jsonb NOT NULL,
	"attributes" jsonb NOT NULL,
	"as_of" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai"."assistant_turns" (
	"id" text PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"seq" integer NOT NULL,
	"question" text NOT NULL,
	"answer" text,
	"provider" text NOT NULL,
	"status" text DEFAULT 'RUNNING' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "assistant_turns_conversation_seq_unique" UNIQUE("conversation_id","seq")
);
--> statement-breakpoint
ALTER TABLE "ai"."assistant_chunks" ADD CONSTRAINT "assistant_chunks_turn_id_assistant_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "ai"."assistant_turns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai"."assistant_turns" ADD CONSTRAINT "assistant_turns_conversation_id_assistant_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "ai"."assistant_conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistant_orders_customer_index" ON "ai"."assistant_orders" USING btree ("customer_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "assistant_orders_number_index" ON "ai"."assistant_orders" USING btree ("number");