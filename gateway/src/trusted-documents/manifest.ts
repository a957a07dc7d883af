import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The manifest `pnpm codegen` writes for @shop/client: sha256 of each operation → its text. */
export const DEFAULT_MANIFEST_PATH = fileURLToPath(new URL('../../../packages/client/src/__generated__/persisted-documents.json', import.meta.url));

/** Registered documents by their sha256 (lower-case hex). */
export type DocumentManifest = ReadonlyMap<string, string>;

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Reads a manifest, refusing one whose keys are not the sha256 of their documents: a hand-edited
 * or truncated manifest would otherwise run a document other than the one its id names.
 */
export function readManifest(path: string = DEFAULT_MANIFEST_PATH): DocumentManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Trusted documents: cannot read the manifest ${path}: ${(error as Error).message}`);
  }
  return manifestOf(raw, path);
}

export function manifestOf(raw: unknown, source = 'the manifest'): DocumentManifest {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`Trusted documents: ${source} is not a JSON object of hash → document.`);
  const problems: string[] = [];
  const manifest = new Map<string, string>();
  for (const [hash, text] of Object.entries(raw)) {
    if (!SHA256.test(hash)) problems.push(`"${hash.slice(0, 80)}" is not a lower-case sha256`);
    else if (typeof text !== 'string') problems.push(`${hash} does not map to a document`);
    else if (sha256(text) !== hash) problems.push(`${hash} is not the sha256 of its document`);
    else manifest.set(hash, text);
  }
  if (problems.length) throw new Error(`Trusted documents: ${source} is invalid:\n  - ${problems.join('\n  - ')}`);
  return manifest;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
