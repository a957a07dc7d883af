import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');

/** A service running in a child process (`tsx <entry>`), and the URL it logged when listening. */
export interface ChildService {
  name: string;
  url: string;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `entry` (relative to the repository root) with `env` and PORT=0, and resolves once it
 * logs `… listening` with its URL; rejects when it exits first or takes longer than `timeoutMs`.
 * Its log lines are kept for the error message.
 */
export function startChild(name: string, entry: string, env: Record<string, string>, timeoutMs = 60_000): Promise<ChildService> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'info', PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log: string[] = [];
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop(1000);
      reject(new Error(`${name} ${why}:\n${log.slice(-20).join('\n')}`));
    };
    const timer = setTimeout(() => fail(`did not listen within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before listening`));
    createInterface({ input: child.stderr! }).on('line', (line) => {
      log.push(line);
      if (log.length > 200) log.shift();
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg?.endsWith('listening') && entry.url) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve({ name, url: entry.url, child, stop });
        }
      } catch {
        // not a log line
      }
    });
  });
}
