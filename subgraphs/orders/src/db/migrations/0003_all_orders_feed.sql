ALTER TABLE "orders"."order_status_history" ADD COLUMN "tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "order_status_history_feed_index" ON "orders"."order_status_history" USING btree ("tx_id","seq");