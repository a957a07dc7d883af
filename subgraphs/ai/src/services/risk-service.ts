import type { Logger } from '@shop/kit';
import type { RiskStore } from '../db/risk-store';
import { trainAnomalyModel, type AnomalyModel } from '../domain/risk/anomaly';
import { assessCheckout, historyVectors, type RiskAssessment } from '../domain/risk/assess';
import type { CheckoutRecord } from '../domain/risk/features';

/** Retrain once the attempts seen have grown by this share since the forest was trained. */
const RETRAIN_GROWTH = 0.1;

/**
 * Holds the isolation forest trained on every attempt ai has seen. The first assessment waits for
 * the first training (a second or less on the demo history); later ones never wait: when the
 * history has grown by a tenth, a retrain runs in the background and assessments use the
 * previous forest meanwhile. Fewer than 32 attempts: rules only.
 */
export function createRiskService(store: RiskStore, logger: Logger) {
  let model: AnomalyModel | null = null;
  let trainedAt = -1;
  let seen = 0;
  let training: Promise<void> | null = null;

  function train(): Promise<void> {
    training ??= (async () => {
      const started = Date.now();
      const records = await store.all();
      model = trainAnomalyModel(historyVectors(records));
      trainedAt = seen = records.length;
      logger.info('trained the fraud model', { checkouts: records.length, forest: !!model, ms: Date.now() - started });
    })().finally(() => (training = null));
    return training;
  }

  return {
    /** Call after each attempt recorded: counts towards the next retrain. */
    noteRecorded() {
      seen++;
      if (trainedAt >= 0 && seen >= Math.max(32, trainedAt * (1 + RETRAIN_GROWTH)) && !training)
        void train().catch((error: unknown) => logger.error('fraud model training failed', { error }));
    },
    /** The forest, trained first if it never was. */
    async model(): Promise<AnomalyModel | null> {
      if (trainedAt < 0) await train();
      return model;
    },
    assess: (history: CheckoutRecord[], current: CheckoutRecord, forest: AnomalyModel | null): RiskAssessment => assessCheckout(history, current, forest),
    idle: async () => void (await training?.catch(() => {})),
  };
}

export type RiskService = ReturnType<typeof createRiskService>;
