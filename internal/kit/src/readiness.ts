import type { ServerResponse } from 'node:http';
import { sendJson } from './http';

/**
 * Whether a subgraph has caught up with the events it depends on. `caughtUp` is the state right
 * now; `published` is how many events the bus has seen, so that a caller polling several
 * subgraphs can tell whether anything was published between its looks.
 */
export interface ReadinessReport {
  caughtUp: boolean;
  published?: number;
  pending?: number;
  reason?: string;
}

export type ReadinessCheck = () => Promise<ReadinessReport>;

/**
 * GET /ready: 503 until the subgraph has caught up once since it started (its outbox published,
 * the bus drained), 200 from then on. The body always carries the current state, which the
 * gateway's own /ready reads.
 */
export function readinessEndpoint(name: string, check?: ReadinessCheck) {
  let ready = !check;
  return async (res: ServerResponse) => {
    let report: ReadinessReport;
    try {
      report = check ? await check() : { caughtUp: true };
    } catch (error) {
      report = { caughtUp: false, reason: error instanceof Error ? error.message : 'readiness check failed' };
    }
    if (report.caughtUp) ready = true;
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'catching-up', subgraph: name, ...report });
  };
}
