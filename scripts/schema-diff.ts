import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { createRequire } from 'node:module';

// GraphQL Inspector runs on graphql's CommonJS build (Node resolves it so); schemas built by the ESM
// build that Vitest resolves would be "from another realm" to it. Build them with the same one.
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface SchemaReview {
  breaking: Change[];
  /** Breaking changes that schema/CHANGELOG.md records, so they are allowed through. */
  accepted: Change[];
  dangerous: Change[];
  safe: Change[];
}

/**
 * The token a changelog line must carry to accept a breaking change: its GraphQL Inspector type
 * and the schema coordinate it touches, e.g. FIELD_REMOVED `Query.legacyOrders`.
 */
export function changeKey(change: Change): { type: string; path: string } {
  return { type: change.type, path: change.path ?? '' };
}

/** Whether a line of the changelog names this change (its type and, in backticks, its path). */
export function isRecorded(change: Change, changelog: string): boolean {
  const { type, path } = changeKey(change);
  return changelog.split('\n').some((line) => /^\s*[-*]\s/.test(line) && line.includes(type) && (!path || line.includes(`\`${path}\``)));
}

/** Compares two API schemas with GraphQL Inspector and sorts the changes by what they do to clients. */
export async function reviewSchemaChange(previousSdl: string, nextSdl: string, changelog: string): Promise<SchemaReview> {
  const changes = await diff(buildSchema(previousSdl), buildSchema(nextSdl));
  const review: SchemaReview = { breaking: [], accepted: [], dangerous: [], safe: [] };
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Breaking) (isRecorded(change, changelog) ? review.accepted : review.breaking).push(change);
    else if (level === CriticalityLevel.Dangerous) review.dangerous.push(change);
    else review.safe.push(change);
  }
  return review;
}

export function describeChange(change: Change): string {
  const { type, path } = changeKey(change);
  return `${type}${path ? ` \`${path}\`` : ''}: ${change.message}`;
}
