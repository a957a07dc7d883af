import { badInput } from '@shop/kit';
import type { AdjustOutcome, InventoryStore, WarehouseRow } from '../db/inventory-store';
import { adjustmentRequestHash, normaliseAdjustment, validateAdjustment, type AdjustStockInput } from '../domain/adjustment';

export interface StockServiceOptions {
  /** Called after a committed write, so the outbox relay publishes now rather than at its next poll. */
  afterWrite?: () => void;
}

export function createStockService(store: InventoryStore, options: StockServiceOptions = {}) {
  return {
    warehouses: (): Promise<WarehouseRow[]> => store.warehouses(),

    async adjustStock(input: AdjustStockInput, idempotencyKey: string, actorId: string | null): Promise<AdjustOutcome> {
      const problem = validateAdjustment(input, idempotencyKey);
      if (problem) throw badInput(problem.message, problem.field);
      const outcome = await store.adjust({
        input: normaliseAdjustment(input),
        idempotencyKey: idempotencyKey.trim(),
        requestHash: adjustmentRequestHash(input),
        actorId,
      });
      options.afterWrite?.();
      return outcome;
    },
  };
}

export type StockService = ReturnType<typeof createStockService>;
