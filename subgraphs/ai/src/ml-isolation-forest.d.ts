declare module 'ml-isolation-forest' {
  /** mljs' isolation forest (the package ships no types). */
  export class IsolationForest {
    constructor(options?: { nEstimators?: number });
    train(trainingSet: number[][]): void;
    /** Anomaly scores 2^(-mean path / c(n)), one per row. */
    predict(data: number[][]): number[];
  }
}
