CREATE TYPE "ai"."chat_author_role" AS ENUM('CUSTOMER', 'SUPPORT');--> statement-breakpoint
CREATE TYPE "ai"."conversation_status" AS ENUM('OPEN', 'CLOSED');--> statement-breakpoint
CREATE TABLE "ai"."chat_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"seq" integer NOT NULL,
	"author_id" text NOT NULL,
	"author_role" "ai"."chat_author_role" NOT NULL,
	"body" text NOT NULL,
	"client_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_messages_conversation_seq_unique" UNIQUE("conversation_id","seq"),
	CONSTRAINT "chat_messages_client_message_unique" UNIQUE("conversation_id","author_id","client_message_id"),
	CONSTRAINT "chat_messages_seq_check" CHECK ("ai"."chat_messages"."seq" >= 1)
);
--> statement-breakpoint
CREATE TABLE "ai"."conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"subject" text NOT NULL,
	"status" "ai"."conversation_status" DEFAULT 'OPEN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "conversations_last_seq_check" CHECK ("ai"."conversations"."last_seq" >= 0)
);
--> statement-breakpoint
ALTER TABLE "ai"."chat_messages" ADD CONSTRAINT "chat_messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "ai"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_messages_author_index" ON "ai"."chat_messages" USING btree ("author_id","conversation_id");--> statement-breakpoint
CREATE INDEX "conversations_customer_updated_index" ON "ai"."conversations" USING btree ("customer_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conversations_status_updated_index" ON "ai"."conversations" USING btree ("status","updated_at" DESC NULLS LAST);