import { findMalformedString, graphqlRuntime } from '@shop/kit';
import type { DocumentNode, GraphQLError as GraphQLErrorType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { analyzeOperation, type OperationAnalysis } from './analysis';
import { scanSource } from './prescan';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  /** Distinct field selections in the document (each written field once, however often spread). */
  maxHeight: number;
  maxDirectives: number;
  /** Lexical tokens; the parser stops counting past it (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Requested cost (see analysis.ts); Shopify's Admin API allows 1,000 per query. */
  maxCost: number;
  /** Assumed length of a list without `first`/`last`. */
  defaultListSize: number;
}

/**
 * Near Apollo Router's and graphql-armor's defaults: depth 15 (armor 6, Router none — deep enough
 * for the GraphiQL introspection query), aliases 30 (Router none, armor 15), root fields 20,
 * directives 50 (armor), tokens 5,000 (armor 1,000; our admin documents are longer), cost 1,000
 * (Shopify), height 300.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxRootFields: 20,
  maxHeight: 300,
  maxDirectives: 50,
  maxTokens: 5000,
  maxCost: 2000,
  defaultListSize: 10,
};

/** Stable `extensions.code` of each refusal. */
export const LimitCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_MANY_ALIASES: 'QUERY_TOO_MANY_ALIASES',
  QUERY_TOO_MANY_ROOT_FIELDS: 'QUERY_TOO_MANY_ROOT_FIELDS',
  QUERY_TOO_MANY_FIELDS: 'QUERY_TOO_MANY_FIELDS',
  QUERY_TOO_MANY_DIRECTIVES: 'QUERY_TOO_MANY_DIRECTIVES',
  QUERY_TOO_MANY_TOKENS: 'QUERY_TOO_MANY_TOKENS',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
} as const;

export interface OperationRequest {
  query: unknown;
  operationName?: unknown;
  variables?: unknown;
}

// The document goes on to graphql-ws and Apollo: parse it with the copy they use.
const { getOperationAST, GraphQLError, parse } = graphqlRuntime;

export type Admission =
  | { ok: true; document: DocumentNode; operation: OperationDefinitionNode; analysis: OperationAnalysis }
  /** `document` is absent: Apollo answers (e.g. a request without a query). */
  | { ok: true; document: null }
  | { ok: false; error: GraphQLErrorType };

const refuse = (code: string, message: string): Admission => ({
  ok: false,
  error: new GraphQLError(message, { extensions: { code, http: { status: 400 } } }),
});

/**
 * The gateway's admission of one operation, before Apollo parses or validates it (validation's
 * overlapping-fields rule is quadratic, and the parser recurses per nesting level): a bracket
 * nesting check, a token-bounded parse, the operation's resolution and one linear analysis held to
 * the limits. Every refusal is a 400 with a stable code, in time linear in the document.
 */
export function admitOperation(
  schema: GraphQLSchema,
  request: OperationRequest,
  limits: OperationLimits = DEFAULT_OPERATION_LIMITS,
  transport: 'http' | 'ws' = 'http',
): Admission {
  const { query, operationName } = request;
  if (typeof query !== 'string') return { ok: true, document: null };
  if (operationName != null && typeof operationName !== 'string') return refuse('BAD_REQUEST', 'operationName must be a string.');
  const variables = request.variables ?? {};
  if (typeof variables !== 'object' || Array.isArray(variables)) return refuse('BAD_REQUEST', 'variables must be an object.');
  if (jsonDepth(variables, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH)
    return refuse('BAD_USER_INPUT', `variables are nested more than ${MAX_VARIABLES_DEPTH} levels deep.`);
  const malformed = findMalformedString({ query, operationName, variables });
  if (malformed) return refuse('BAD_USER_INPUT', `Text may not contain NUL characters or unpaired surrogates (at ${malformed}).`);

  // Each level of fields is a bracket pair; leave room for input objects and lists within them.
  const maxNesting = limits.maxDepth * 2 + 4;
  const shape = scanSource(query, { nesting: maxNesting, tokens: limits.maxTokens });
  if (shape.nesting > maxNesting) return refuse(LimitCode.QUERY_TOO_DEEP, `The operation is nested too deeply (limit ${limits.maxDepth} levels).`);
  if (shape.tokens > limits.maxTokens) return refuse(LimitCode.QUERY_TOO_MANY_TOKENS, `The operation has more than ${limits.maxTokens} tokens.`);
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: false });
  } catch (error) {
    const message = (error as Error).message;
    if (/more tha[nt] \d+ tokens/.test(message)) {
      return refuse(LimitCode.QUERY_TOO_MANY_TOKENS, `The operation has more than ${limits.maxTokens} tokens.`);
    }
    return refuse('GRAPHQL_PARSE_FAILED', message);
  }
  const operation = getOperationAST(document, (operationName as string | null | undefined) ?? undefined);
  if (!operation) {
    return refuse(
      'OPERATION_RESOLUTION_FAILURE',
      operationName ? 'No operation in the document has that operationName.' : 'The document holds several operations: choose one with operationName.',
    );
  }
  // @apollo/gateway cannot execute a subscription: over HTTP it would be a 500.
  if (operation.operation === 'subscription' && transport === 'http') {
    return refuse('BAD_REQUEST', 'Subscriptions are served over graphql-ws (graphql-transport-ws) on this same /graphql URL.');
  }
  const analysis = analyzeOperation(schema, document, operation, variables as Record<string, unknown>, {
    defaultListSize: limits.defaultListSize,
    mutationCost: 10,
  });
  const problem = limitProblem(analysis, limits);
  if (problem) return refuse(problem[0], `The operation ${problem[1]}.`);
  if (analysis.malformedString) return refuse('BAD_USER_INPUT', 'Text may not contain NUL characters or unpaired surrogates.');
  return { ok: true, document, operation, analysis };
}

function limitProblem(a: OperationAnalysis, l: OperationLimits): [string, string] | null {
  if (a.depth > l.maxDepth) return [LimitCode.QUERY_TOO_DEEP, `is ${a.depth} levels deep (limit ${l.maxDepth})`];
  if (a.aliases > l.maxAliases) return [LimitCode.QUERY_TOO_MANY_ALIASES, `uses ${count(a.aliases)} aliases (limit ${l.maxAliases})`];
  if (a.rootFields > l.maxRootFields) return [LimitCode.QUERY_TOO_MANY_ROOT_FIELDS, `selects ${count(a.rootFields)} root fields (limit ${l.maxRootFields})`];
  if (a.height > l.maxHeight) return [LimitCode.QUERY_TOO_MANY_FIELDS, `selects ${a.height} distinct fields (limit ${l.maxHeight})`];
  if (a.directives > l.maxDirectives) return [LimitCode.QUERY_TOO_MANY_DIRECTIVES, `uses ${count(a.directives)} directives (limit ${l.maxDirectives})`];
  if (a.cost > l.maxCost) return [LimitCode.QUERY_TOO_COMPLEX, `has a requested cost of ${count(a.cost)} (limit ${l.maxCost})`];
  return null;
}

/** Deeper than any input type of ours; JSON nested past it is refused before coercion walks it. */
const MAX_VARIABLES_DEPTH = 32;

/** How deeply a JSON value nests (arrays and objects), counting no further than `stopAbove + 1`. */
function jsonDepth(value: unknown, stopAbove: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth + 1 > max) max = depth + 1;
    if (max > stopAbove) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}

const count = (n: number) => (Number.isFinite(n) && n < 1e15 ? String(Math.round(n)) : 'over 10^15');
