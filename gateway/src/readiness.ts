interface SubgraphReadiness {
  caughtUp: boolean;
  published?: number;
  pending?: number;
  reason?: string;
}

/**
 * GET /ready for the gateway: 503 until every subgraph has caught up — their outboxes published
 * and every event handled, so search and recommendations hold the seeded data — and 200 from
 * then on (readiness is reached once; /health reports outages after that).
 *
 * Subgraphs are asked twice, and only two rounds in which all are caught up and the bus's count
 * of published events did not move count: a consumer asked before a producer's last publication
 * could otherwise look caught up on events it has not seen yet.
 */
export function gatewayReadiness(targets: { name: string; url: string }[], timeoutMs = 3000) {
  let ready = false;

  const ask = async (url: string): Promise<SubgraphReadiness> => {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      const body = (await r.json()) as SubgraphReadiness;
      return typeof body.caughtUp === 'boolean' ? body : { caughtUp: false, reason: `answered ${r.status}` };
    } catch {
      return { caughtUp: false, reason: 'unreachable' };
    }
  };
  const round = async () => Object.fromEntries(await Promise.all(targets.map(async (t) => [t.name, await ask(t.url)] as const)));
  const settled = (reports: Record<string, SubgraphReadiness>[]) => {
    const all = reports.flatMap((r) => Object.values(r));
    return all.every((r) => r.caughtUp) && new Set(all.map((r) => r.published ?? 0)).size === 1;
  };

  return async (): Promise<[number, unknown]> => {
    let reports = await round();
    if (!ready && settled([reports])) {
      const again = await round();
      if (settled([reports, again])) ready = true;
      reports = again;
    }
    const subgraphs = Object.fromEntries(Object.entries(reports).map(([name, r]) => [name, r.caughtUp ? 'caught up' : (r.reason ?? 'catching up')]));
    return [ready ? 200 : 503, { status: ready ? 'ready' : 'starting', subgraphs }];
  };
}
