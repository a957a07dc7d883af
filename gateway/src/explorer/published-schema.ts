import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema, Supergraph } from '@apollo/federation-internals';

const COMMITTED_SUPERGRAPH = fileURLToPath(new URL('../../../schema/supergraph.graphql', import.meta.url));
/** The published API schema: what `pnpm compose` writes next to the supergraph, and what partners download. */
export const COMMITTED_API_SCHEMA = fileURLToPath(new URL('../../../schema/api-schema.graphql', import.meta.url));

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The SDL served at /schema.graphql for a supergraph: the committed schema/api-schema.graphql when
 * the gateway runs the committed supergraph (both are written by one `pnpm compose`, and a test
 * fails when they are stale), else the API schema derived from the supergraph it was given, so the
 * download always describes the API this gateway serves.
 */
export function publishedApiSchema(supergraphSdl: string): string {
  if (readIfPresent(COMMITTED_SUPERGRAPH) === supergraphSdl) {
    const committed = readIfPresent(COMMITTED_API_SCHEMA);
    if (committed) return committed;
  }
  return printSchema(Supergraph.build(supergraphSdl).apiSchema()) + '\n';
}
