import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Why a test that needs a throwaway PostgreSQL server is skipped here, or null when it can run. */
export const SKIP_THROWAWAY_POSTGRES_REASON: string | null = existsSync(path.join(PG_BIN, 'initdb'))
  ? null
  : `skipped: no PostgreSQL server binaries in ${PG_BIN} (set PG_BIN) to start a throwaway server`;

/** A port the OS says is free right now. */
export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command as the `postgres` user when we are root (initdb refuses root), as ourselves otherwise. */
function asPostgres(command: string, args: string[]) {
  if (process.getuid?.() !== 0) return run(command, args);
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return run('su', ['postgres', '-c', quoted]);
}

export interface ThrowawayPostgres {
  url: string;
  /** `pg_ctl restart -m fast`: every connection is cut. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A PostgreSQL server of our own (random port, data under /tmp) that the fault suite may restart. */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'faults-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const port = await sparePort();
  await asPostgres(path.join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const ctl = (...args: string[]) => asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', options, ...args]);
  await ctl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async () => void (await ctl('-m', 'fast', 'restart')),
    async stop() {
      await ctl('-m', 'immediate', 'stop').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ThrowawayRedis {
  url: string;
  /** Shuts the server down; `persistent: false` also deletes its AOF, so that it comes back empty. */
  shutdown(options: { persistent: boolean }): Promise<void>;
  /** Starts it again on the same port (after `shutdown`). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A Redis server of our own (random port, data under /tmp), started with AOF like docker-compose's. */
export async function startRedis(): Promise<ThrowawayRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'faults-redis-'));
  const port = await sparePort();
  const start = (appendonly: boolean) =>
    run('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      appendonly ? 'yes' : 'no',
      '--dir',
      dir,
      '--daemonize',
      'yes',
      '--pidfile',
      path.join(dir, 'redis.pid'),
      '--logfile',
      path.join(dir, 'redis.log'),
    ]);
  const cli = (...args: string[]) => run('redis-cli', ['-p', String(port), ...args]);
  const waitUp = async () => {
    for (let i = 0; i < 100; i++) {
      if ((await cli('ping').catch(() => ({ stdout: '' }))).stdout.trim() === 'PONG') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis on ${port} did not come up`);
  };
  const shutdown = async (persistent: boolean) => {
    await cli('shutdown', persistent ? 'save' : 'nosave').catch(() => {});
    for (let i = 0; i < 100; i++) {
      if ((await cli('ping').catch(() => ({ stdout: '' }))).stdout.trim() !== 'PONG') return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await start(true);
  await waitUp();
  return {
    url: `redis://127.0.0.1:${port}`,
    async shutdown({ persistent }) {
      await shutdown(persistent);
      if (!persistent) rmSync(path.join(dir, 'appendonlydir'), { recursive: true, force: true });
    },
    async start() {
      await start(true);
      await waitUp();
    },
    async stop() {
      await shutdown(false);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
