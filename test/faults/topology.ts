import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '@shop/schema';
import { startChild, type ChildService } from '../processes';
import { sparePort, startPostgres, startRedis, type ThrowawayPostgres, type ThrowawayRedis } from '@shop/testing';

export type ServiceName = (typeof SUBGRAPHS)[number]['name'] | 'gateway';

/** Settings that make recovery observable within the suite's budget (production defaults are longer). */
export const FAULT_ENV = {
  EVENT_CLAIM_IDLE_MS: '3000',
  EVENT_MAX_DELIVERIES: '20',
  SAGA_STEP_DEADLINE_MS: '5000',
  // A killed payments' authorization is taken over within the 20 s holds.
  PAYMENT_STEP_STALE_MS: '5000',
  // Holds lapse within a scenario when payments is stopped (never for a running payments: 15 s of margin).
  RESERVATION_TTL_SECONDS: '20',
  // One customer's load in bursts is what fraud scoring holds; the suite tests recovery, not review
  // (test/fraud.int.test.ts does), and a killed ai must not hold payments past the 20 s holds.
  FRAUD_REVIEW: 'off',
  RISK_WAIT_MS: '0',
};

/**
 * The production topology as separate processes: the seven subgraphs and the gateway, each from
 * its own src/main.ts, on a Postgres and a Redis of our own (so that they may be killed and
 * restarted). Every service keeps its port across restarts (the gateway's subgraph URLs are fixed,
 * as in docker-compose). Logs go to `<dir>/<service>.log`.
 */
export interface Topology {
  pg: ThrowawayPostgres;
  redis: ThrowawayRedis;
  gatewayUrl: string;
  urlOf(name: ServiceName): string;
  /** The service's base URL (for /health). */
  baseOf(name: ServiceName): string;
  isRunning(name: ServiceName): boolean;
  /** kill -9: no shutdown, no acknowledgements, no flush. */
  kill(name: ServiceName): Promise<void>;
  /** SIGSTOP / SIGCONT. */
  pause(name: ServiceName): void;
  resume(name: ServiceName): void;
  /** Starts a killed service again, with the same environment (plus `extraEnv`) and port. */
  start(name: ServiceName, extraEnv?: Record<string, string>): Promise<void>;
  /** Lines a service logged at `level` (all its lives), parsed. */
  logLines(name: ServiceName, level?: string): Record<string, unknown>[];
  logDir: string;
  close(): Promise<void>;
}

export async function startTopology(): Promise<Topology> {
  const logDir = mkdtempSync(path.join(tmpdir(), 'faults-run-'));
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const children = new Map<ServiceName, ChildService>();
  const lines = new Map<ServiceName, Record<string, unknown>[]>();
  const ports = new Map<ServiceName, number>();
  for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway'] as ServiceName[]) ports.set(name, await sparePort());
  const urlOf = (name: ServiceName) => `http://127.0.0.1:${ports.get(name)}/graphql`;
  const shared = {
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    DATA_DIR: path.join(logDir, 'data'),
    REPLICA_ID: 'r1',
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
    ...FAULT_ENV,
  };
  const envOf = (name: ServiceName): Record<string, string> =>
    name === 'gateway'
      ? {
          ...shared,
          // The load is four shoppers from one address; rate limits are tested on their own (gateway/test/rate-limit.test.ts).
          RATE_LIMIT_CAPACITY: '1000000',
          RATE_LIMIT_RESTORE_PER_SECOND: '100000',
          ...Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, urlOf(s.name)])),
        }
      : shared;

  async function start(name: ServiceName, extraEnv: Record<string, string> = {}) {
    const entry = name === 'gateway' ? 'gateway/src/main.ts' : `subgraphs/${name}/src/main.ts`;
    const child = await startChild(name, entry, { ...envOf(name), ...extraEnv, PORT: String(ports.get(name)) }, 180_000);
    const log = path.join(logDir, `${name}.log`);
    child.child.stderr!.on('data', (chunk: Buffer) => {
      appendFileSync(log, chunk);
      for (const line of String(chunk).split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          if (entry.level !== 'info' && entry.level !== 'debug') (lines.get(name) ?? lines.set(name, []).get(name)!).push(entry);
        } catch {
          // a partial line; the file has it whole
        }
      }
    });
    children.set(name, child);
  }

  try {
    // Sequentially, in dependency order (migrations take an advisory lock anyway; this keeps the CPU sane).
    for (const name of ['users', 'products', 'inventory', 'orders', 'payments', 'search', 'ai', 'gateway'] as ServiceName[]) await start(name);
  } catch (error) {
    await Promise.all([...children.values()].map((c) => c.stop(2000)));
    await Promise.all([pg.stop(), redis.stop()]);
    throw error;
  }

  const running = (name: ServiceName) => {
    const c = children.get(name)?.child;
    return !!c && c.exitCode === null && c.signalCode === null;
  };

  return {
    pg,
    redis,
    gatewayUrl: urlOf('gateway'),
    urlOf,
    baseOf: (name) => urlOf(name).replace(/\/graphql$/, ''),
    isRunning: running,
    async kill(name) {
      const child = children.get(name)!.child;
      if (!running(name)) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    },
    pause: (name) => void children.get(name)!.child.kill('SIGSTOP'),
    resume: (name) => void children.get(name)!.child.kill('SIGCONT'),
    start,
    logLines: (name, level) => (lines.get(name) ?? []).filter((l) => !level || l.level === level),
    logDir,
    async close() {
      for (const name of children.keys()) if (running(name)) children.get(name)!.child.kill('SIGCONT');
      await Promise.all([...children.values()].map((c) => c.stop(5000)));
      await Promise.all([pg.stop(), redis.stop()]);
      if (!process.env.KEEP_FAULT_LOGS) rmSync(logDir, { recursive: true, force: true });
    },
  };
}
