/**
 * A burst against the one-process stack: 200 concurrent HTTP clients (autocannon) send a query
 * that crosses three subgraphs for 10 s. Reports the status codes (200 / 429 rate-limited / 503
 * shed), latency percentiles, and the stack process's RSS before, right after, and after a full GC
 * once the burst is over. The stack runs in a child process (embedded stores) so that its memory is
 * measured apart from the load generator's. Loopback only; bounded in time.
 *
 *   npx -y pnpm@9.15.9 exec tsx benchmarks/burst.ts [--connections 200] [--seconds 10] [--max-in-flight 256] [--no-rate-limit]
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { serveStack, startStackProcess } from './subscriptions-stack';

const QUERY = '{ products(first: 5) { edges { node { name inventory { available } recommendations(first: 2) { id } } } } }';

async function main() {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '10' },
      'max-in-flight': { type: 'string', default: '256' },
      'no-rate-limit': { type: 'boolean', default: false },
    },
  });
  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  const maxInFlight = Number(values['max-in-flight']);
  if (!Number.isInteger(connections) || connections < 1 || connections > 1000) fail('--connections must be 1..1000');
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 20) fail('--seconds must be 1..20 (keep loads short)');
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) fail('--max-in-flight must be a positive integer');
  const gateway = { maxInFlight, ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}) };

  const stack = await startStackProcess(import.meta.filename, [JSON.stringify(gateway)], { REDIS_URL: '', DATABASE_URL: '' });
  try {
    if (!['127.0.0.1', 'localhost'].includes(new URL(stack.url).hostname)) fail(`refusing a non-loopback gateway: ${stack.url}`);
    const probe = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    const probeBody = (await probe.json()) as { errors?: unknown };
    if (probe.status !== 200 || probeBody.errors) fail(`the query does not answer cleanly: ${probe.status} ${JSON.stringify(probeBody)}`);
    const before = await stack.memory(true);
    // Latency per status: a fast 503 must not hide slow 200s in the overall percentiles.
    const latencies = new Map<number, number[]>();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: stack.url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
          connections,
          duration: seconds,
          timeout: 30,
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        const list = latencies.get(statusCode) ?? [];
        list.push(responseTime);
        latencies.set(statusCode, list);
      });
    });
    const after = await stack.memory(false);
    const afterGc = await stack.memory(true);
    const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]));
    const l = result.latency;
    const lines = [
      `burst: ${connections} connections for ${seconds} s, MAX_IN_FLIGHT=${maxInFlight}, rate limit ${values['no-rate-limit'] ? 'off' : 'on (1000 points, 50/s)'}`,
      `requests ${result.requests.total} (${result.requests.average.toFixed(0)}/s), errors ${result.errors}, timeouts ${result.timeouts}`,
      `status codes ${JSON.stringify(codes)}`,
      `latency p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms`,
      ...[...latencies]
        .sort(([a], [b]) => a - b)
        .map(([code, list]) => {
          const sorted = list.sort((a, b) => a - b);
          return `  ${code}: p50 ${pct(sorted, 0.5).toFixed(0)} ms, p99 ${pct(sorted, 0.99).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
        }),
      `stack RSS before ${mb(before.rss)}, right after ${mb(after.rss)}, after GC ${mb(afterGc.rss)} (heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} → ${mb(afterGc.heapUsed)})`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await stack.stop();
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function fail(message: string): never {
  process.stderr.write(`benchmark: ${message}\n`);
  process.exit(1);
}

if (process.argv.includes('--serve')) {
  await serveStack(JSON.parse(process.argv[process.argv.indexOf('--serve') + 1]!));
} else {
  await main();
}
