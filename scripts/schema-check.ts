// `pnpm schema:check`: refuses breaking changes to the published API schema (schema/api-schema.graphql)
// that schema/CHANGELOG.md does not record. The baseline is the last committed schema before this
// work: SCHEMA_BASE (a git revision) when set; else where this branch left main; on main itself,
// the commit before HEAD. Composition is checked by `pnpm compose` / schema/test/supergraph.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeChange, reviewSchemaChange } from './schema-diff';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA = 'schema/api-schema.graphql';
const CHANGELOG = 'schema/CHANGELOG.md';

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function baseline(): { rev: string; why: string } | undefined {
  if (process.env.SCHEMA_BASE) return { rev: process.env.SCHEMA_BASE, why: 'SCHEMA_BASE' };
  const head = git('rev-parse', 'HEAD');
  const main = git('rev-parse', '--verify', '--quiet', 'main') ?? git('rev-parse', '--verify', '--quiet', 'origin/main');
  const fork = main && git('merge-base', 'HEAD', main);
  if (fork && fork !== head) return { rev: fork, why: 'where this branch left main' };
  const parent = git('rev-parse', '--verify', '--quiet', 'HEAD~1');
  // On main: uncommitted edits are compared with HEAD, a clean tree with the commit before it.
  const dirty = git('status', '--porcelain', '--', SCHEMA);
  if (dirty) return { rev: 'HEAD', why: 'the last commit (uncommitted schema changes)' };
  return parent ? { rev: parent, why: 'the commit before HEAD' } : undefined;
}

const base = baseline();
const previous = base && git('show', `${base.rev}:${SCHEMA}`);
if (!base || previous === undefined) {
  process.stdout.write(`schema:check: no committed ${SCHEMA} to compare with; nothing to check\n`);
  process.exit(0);
}
const next = readFileSync(`${root}/${SCHEMA}`, 'utf8');
const review = await reviewSchemaChange(previous, next, readFileSync(`${root}/${CHANGELOG}`, 'utf8'));
const list = (title: string, changes: typeof review.safe) =>
  changes.length ? `${title} (${changes.length}):\n${changes.map((c) => `  - ${describeChange(c)}`).join('\n')}\n` : '';
process.stdout.write(`schema:check: ${SCHEMA} against ${base.why} (${base.rev.slice(0, 12)})\n`);
process.stdout.write(list('Breaking changes accepted in schema/CHANGELOG.md', review.accepted));
process.stdout.write(list('Dangerous changes', review.dangerous));
process.stdout.write(`Safe changes: ${review.safe.length}\n`);
if (review.breaking.length) {
  process.stderr.write(list('Breaking changes not recorded in schema/CHANGELOG.md', review.breaking));
  process.stderr.write(`Record each one you mean to make as a bullet naming its type and path, e.g.\n  - ${describeChange(review.breaking[0]!)}\n`);
  process.exit(1);
}
