import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed client documents (schema/operations/), one file per domain. */
export const DEFAULT_OPERATIONS_DIR = fileURLToPath(new URL('../../../schema/operations', import.meta.url));

export interface ExampleTab {
  /** The domain, from the file name (catalog, cart, account …). */
  domain: string;
  query: string;
}

const HOW_TO = [
  '# Run one with the ▶ button (its menu lists every operation of this tab).',
  '# Customer and staff operations need a token: run Login (account tab), then put',
  '# {"Authorization": "Bearer <token>"} in Headers below; subscriptions send it too.',
];

/**
 * One explorer tab per domain file, the file's own text under a short how-to: the tabs are the same
 * documents codegen types for the frontends, so an example never drifts from what clients send.
 */
export function loadExampleTabs(dir = DEFAULT_OPERATIONS_DIR): ExampleTab[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const domain = path.basename(file, '.graphql');
      const title = `# ${domain}: example operations from schema/operations/${file}`;
      return { domain, query: [title, ...HOW_TO, '', readFileSync(path.join(dir, file), 'utf8').trimEnd(), ''].join('\n') };
    });
}
