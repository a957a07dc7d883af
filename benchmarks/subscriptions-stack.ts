import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createLogger, DEMO_SECRETS } from '@shop/kit';
import { waitFor } from '@shop/testing';
import { startStack, type StackOptions } from '../scripts/stack';
import { JWT } from '../test/support';

export interface StackMemory {
  rss: number;
  heapUsed: number;
}

/**
 * The child side of benchmarks/subscriptions.ts: the whole stack in this process (embedded stores,
 * or the REDIS_URL / DATABASE_URL given) on free loopback ports; reports `ready` with the gateway
 * URL, answers `memory` after a full GC (or as it is, with `gc: false`), and closes on SIGTERM.
 */
export async function serveStack(gateway?: StackOptions['gateway']): Promise<void> {
  const send = (type: string, value: unknown) => process.send!({ type, value });
  const redisUrl = process.env.REDIS_URL || undefined;
  const stream = `bench:events:${randomUUID()}`;
  const stack = await startStack({
    logger: createLogger('error'),
    ports: 'ephemeral',
    host: '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL || undefined,
    redisUrl,
    eventStream: stream,
    cartKeyPrefix: `bench:cart:${stream.slice(-12)}:`,
    gatewaySecret: DEMO_SECRETS.GATEWAY_SECRET,
    jwt: { ...JWT, ttlSeconds: 3600 },
    seed: true,
    gateway,
  });
  // Orders prices carts from products' and inventory's seeding events: wait until they are handled.
  await waitFor(async () => (await stack.bus.backlog()).pending === 0 && (await stack.bus.backlog()).published >= 1040, {
    timeoutMs: 300_000,
    intervalMs: 200,
    message: 'the seeding events',
  });
  process.on('message', (m: { type: string; gc?: boolean }) => {
    if (m.type !== 'memory') return;
    if (m.gc !== false) globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send('memory', { rss, heapUsed });
  });
  process.once('SIGTERM', () => {
    void (async () => {
      await stack.close();
      if (redisUrl) {
        const { openRedis } = await import('@shop/stores');
        const client = await openRedis(redisUrl);
        await client.del(stream);
        client.destroy();
      }
      process.exit(0);
    })();
  });
  send('ready', stack.gateway.url);
}

export interface StackProcess {
  url: string;
  /** The stack process's memory, after a full GC unless `gc` is false. */
  memory(gc?: boolean): Promise<StackMemory>;
  stop(): Promise<void>;
}

/**
 * The parent side: runs `script` (which calls serveStack when given `--serve`) in a child process
 * with --expose-gc, and asks it memory questions over IPC.
 */
export async function startStackProcess(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<StackProcess> {
  const child = fork(script, ['--serve', ...args], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = <T>(type: string, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the stack process did not answer "${type}" within ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (m: { type: string; value: T }) => {
        if (m.type !== type) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(m.value);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`the stack process exited (${code})`)));
    });
  const url = await message<string>('ready', 300_000);
  return {
    url,
    memory: (gc = true) => {
      const answer = message<StackMemory>('memory', 30_000);
      child.send({ type: 'memory', gc });
      return answer;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
