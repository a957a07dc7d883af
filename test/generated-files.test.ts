import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('generated code', () => {
  it('is what `pnpm codegen` produces from the current contracts and operations', () => {
    let output = '';
    let failed = false;
    try {
      output = execFileSync(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failed = true;
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(failed, `stale generated files — run \`pnpm codegen\`:\n${output.slice(-2000)}`).toBe(false);
  }, 120_000);
});
