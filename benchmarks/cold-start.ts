/**
 * Measures how long `pnpm start` takes to be ready to shop: `/ready` answers 200 (every read
 * model caught up with the events) and a query across five subgraphs answers whole. First on an empty data folder (migrations + demo seeding), then on the folder it left
 * (a warm start). Loopback only; bounded by a deadline.
 *
 *   npx -y pnpm@9.15.9 exec tsx benchmarks/cold-start.ts [runs=1]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const QUERY =
  '{ products(first: 5) { edges { node { name category { name } inventory { available } recommendations(first: 2) { id } } } } search(query: "tent", first: 1) { totalCount } }';
const DEADLINE_MS = 180_000;
const root = path.resolve(import.meta.dirname, '..');

async function startOnce(dataDir: string): Promise<number> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', APOLLO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    while (Date.now() - started < DEADLINE_MS) {
      try {
        if ((await fetch('http://127.0.0.1:4000/ready')).status !== 200) throw new Error('not ready');
        const res = await fetch('http://127.0.0.1:4000/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        });
        const body = (await res.json()) as { data?: { products?: { edges: unknown[] }; search?: { totalCount: number } }; errors?: unknown };
        if (!body.errors && body.data?.products?.edges.length === 5) return Date.now() - started;
      } catch {
        // not listening or not caught up yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`no answer within ${DEADLINE_MS / 1000} s`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const runs = Number(process.argv[2] ?? 1);
const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'shop-cold-start-'));
  try {
    cold.push(await startOnce(dataDir));
    warm.push(await startOnce(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const fmt = (ms: number[]) => ms.map((m) => `${(m / 1000).toFixed(1)} s`).join(', ');
process.stdout.write(`cold start (empty data folder, seeding): ${fmt(cold)}\nwarm start (existing data folder):       ${fmt(warm)}\n`);
