import { afterAll, beforeAll, describe } from 'vitest';
import { FaultHarness } from './harness';
import { processScenarios } from './scenarios-processes';
import { storeScenarios } from './scenarios-stores';
import { trafficScenarios } from './scenarios-traffic';

/**
 * The fault suite (`pnpm test:faults`, not part of `pnpm test`): the production topology as
 * separate processes on a Postgres and a Redis of its own, a bounded checkout load through the
 * gateway, and one fault per scenario. After each: every checkout order reaches a terminal state
 * within 60 s of recovery; CONFIRMED exactly when captured (by us and at the provider) and stock
 * committed; nothing kept on a failed or cancelled order; stock = before − committed +
 * adjustments; no event applied twice; nothing dead-lettered; every process still running.
 */
describe('faults in the production topology', () => {
  let h: FaultHarness | undefined;
  const harness = () => h!;

  beforeAll(async () => {
    h = await FaultHarness.open();
  }, 600_000);

  afterAll(async () => {
    await h?.close();
  }, 120_000);

  processScenarios(harness);
  storeScenarios(harness);
  trafficScenarios(harness);
});
