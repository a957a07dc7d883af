import type { Logger } from './logger';
import type { ProcessHealth, RunningSubgraph } from './subgraph-server';

/** What every subgraph's `start…Subgraph` returns. */
export interface StartedSubgraph {
  name: string;
  url: string;
  port: number;
  /** Statements sent to the subgraph's own database since the last reset (batching proofs). */
  queryCount(): number;
  resetQueryCount(): void;
  close(): Promise<void>;
}

/** Counts the statements a subgraph's store runs for requests. */
export interface QueryCounter {
  queryCount(): number;
  resetQueryCount(): void;
}

/**
 * What a subgraph factory hands back: the running server, its store's statement count, and one
 * close that stops taking requests first, then closes `resources` in the order given.
 */
export function startedSubgraph(server: RunningSubgraph, counter: QueryCounter, ...resources: (() => Promise<void>)[]): StartedSubgraph {
  return {
    name: server.name,
    url: server.url,
    port: server.port,
    queryCount: () => counter.queryCount(),
    resetQueryCount: () => counter.resetQueryCount(),
    async close() {
      await server.close();
      for (const close of resources) await close();
    },
  };
}

/** Options every subgraph factory takes, besides its own store settings. */
export interface SubgraphRuntime {
  port: number;
  host?: string;
  gatewaySecret: string;
  logger: Logger;
  production?: boolean;
  /** Seed the deterministic demo data when the store is empty. */
  seed?: boolean;
  /** Reference time for the demo order history (defaults to now). */
  now?: Date;
  observe?: (request: { subgraph: string; query: string; variables: unknown }) => void;
  /** Health checks and counters of the process's shared dependencies (bus, pub/sub), for /health. */
  processHealth?: ProcessHealth;
}

/** Closes `resources` in reverse order on SIGINT/SIGTERM, then exits. */
export function closeOnSignal(logger: Logger, close: () => Promise<void>) {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info('shutting down', { signal });
    close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** Runs `main`, printing configuration problems plainly instead of as a stack trace. */
export function runMain(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
