-- Fulfilment and money get machines of their own; refunds stop replacing the lifecycle status.
-- Existing rows are backfilled from their status and status history, below.
ALTER TABLE "orders"."orders" ADD COLUMN "fulfillment_status" text DEFAULT 'UNFULFILLED' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "financial_status" text DEFAULT 'PENDING' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ADD COLUMN "from_fulfillment_status" text;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ADD COLUMN "to_fulfillment_status" text;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ADD COLUMN "from_financial_status" text;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ADD COLUMN "to_financial_status" text;--> statement-breakpoint
-- The money each old status meant. A cancellation after the capture was refunded by payments (the
-- old machine ignored that refund); any other cancellation took nothing.
UPDATE "orders"."orders" AS o SET "financial_status" = CASE
  WHEN o."status" IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN o."status"
  WHEN o."status" IN ('CONFIRMED', 'FULFILLED', 'DELIVERED') THEN 'PAID'
  WHEN o."status" = 'PAYMENT_FAILED' THEN 'DECLINED'
  WHEN o."status" = 'OUT_OF_STOCK' THEN 'VOIDED'
  WHEN o."status" = 'CANCELLED' THEN CASE WHEN EXISTS (
    SELECT 1 FROM "orders"."order_status_history" AS h WHERE h."order_id" = o."id" AND h."to_status" = 'CANCELLED' AND h."from_status" = 'CONFIRMED'
  ) THEN 'REFUNDED' ELSE 'VOIDED' END
  ELSE 'PENDING' END;--> statement-breakpoint
UPDATE "orders"."order_status_history" AS h SET
  "from_financial_status" = CASE
    WHEN h."from_status" IS NULL THEN NULL
    WHEN h."from_status" IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN h."from_status"
    WHEN h."from_status" IN ('CONFIRMED', 'FULFILLED', 'DELIVERED') THEN 'PAID'
    WHEN h."from_status" = 'PAYMENT_FAILED' THEN 'DECLINED'
    WHEN h."from_status" IN ('OUT_OF_STOCK', 'CANCELLED') THEN 'VOIDED'
    ELSE 'PENDING' END,
  "to_financial_status" = CASE
    WHEN h."to_status" IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN h."to_status"
    WHEN h."to_status" IN ('CONFIRMED', 'FULFILLED', 'DELIVERED') THEN 'PAID'
    WHEN h."to_status" = 'PAYMENT_FAILED' THEN 'DECLINED'
    WHEN h."to_status" = 'OUT_OF_STOCK' THEN 'VOIDED'
    WHEN h."to_status" = 'CANCELLED' THEN CASE WHEN h."from_status" = 'CONFIRMED' THEN 'REFUNDED' ELSE 'VOIDED' END
    ELSE 'PENDING' END;--> statement-breakpoint
-- A refunded order gets back the status it had before its first refund (the old machine allowed no
-- other move after a refund, so that is where it still is). Without a history (seeded orders), the
-- shipment columns say how far it got.
UPDATE "orders"."orders" AS o SET "status" = COALESCE(
  (SELECT h."from_status" FROM "orders"."order_status_history" AS h
    WHERE h."order_id" = o."id" AND h."to_status" IN ('REFUNDED', 'PARTIALLY_REFUNDED') AND h."from_status" NOT IN ('REFUNDED', 'PARTIALLY_REFUNDED')
    ORDER BY h."version" LIMIT 1),
  CASE WHEN o."delivered_at" IS NOT NULL THEN 'DELIVERED' WHEN o."shipped_at" IS NOT NULL THEN 'FULFILLED' ELSE 'CONFIRMED' END)
WHERE o."status" IN ('REFUNDED', 'PARTIALLY_REFUNDED');--> statement-breakpoint
UPDATE "orders"."order_status_history" AS h SET
  "from_status" = CASE WHEN h."from_status" IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN o."status" ELSE h."from_status" END,
  "to_status" = CASE WHEN h."to_status" IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN o."status" ELSE h."to_status" END
FROM "orders"."orders" AS o
WHERE o."id" = h."order_id" AND (h."from_status" IN ('REFUNDED', 'PARTIALLY_REFUNDED') OR h."to_status" IN ('REFUNDED', 'PARTIALLY_REFUNDED'));--> statement-breakpoint
UPDATE "orders"."orders" SET "fulfillment_status" = CASE WHEN "status" IN ('FULFILLED', 'DELIVERED') THEN "status" ELSE 'UNFULFILLED' END;--> statement-breakpoint
UPDATE "orders"."order_status_history" SET
  "from_fulfillment_status" = CASE WHEN "from_status" IS NULL THEN NULL WHEN "from_status" IN ('FULFILLED', 'DELIVERED') THEN "from_status" ELSE 'UNFULFILLED' END,
  "to_fulfillment_status" = CASE WHEN "to_status" IN ('FULFILLED', 'DELIVERED') THEN "to_status" ELSE 'UNFULFILLED' END;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ALTER COLUMN "to_fulfillment_status" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "orders"."order_status_history" ALTER COLUMN "to_financial_status" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_fulfillment_status_index" ON "orders"."orders" USING btree ("fulfillment_status");--> statement-breakpoint
CREATE INDEX "orders_financial_status_index" ON "orders"."orders" USING btree ("financial_status");
