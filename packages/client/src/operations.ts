import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';

/** A typed document from `@shop/client` (or any TypedDocumentNode); codegen embeds its sha256 in `__meta__`. */
export type Document<TResult = unknown, TVariables = Record<string, unknown>> = TypedDocumentNode<TResult, TVariables> & { __meta__?: { hash?: string } };

export interface OperationInfo {
  name: string | undefined;
  type: 'query' | 'mutation' | 'subscription';
  /** The sha256 of the registered text (persisted-documents.json); absent for a document codegen did not see. */
  hash: string | undefined;
  text: string;
  root: FieldNode | undefined;
  variableNames: string[];
}

const cache = new WeakMap<DocumentNode, OperationInfo>();

/** What the client needs to know of a document, computed once per document. */
export function operationOf(document: Document<unknown, never>): OperationInfo {
  const known = cache.get(document);
  if (known) return known;
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error(`A document for @shop/client holds exactly one operation (this one has ${operations.length}).`);
  const operation = operations[0]!;
  const root = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  const info: OperationInfo = {
    name: operation.name?.value,
    type: operation.operation,
    hash: document.__meta__?.hash,
    // print() ignores `__meta__`: this is the document as written, for servers that accept text.
    text: print(document),
    root,
    variableNames: (operation.variableDefinitions ?? []).map((v) => v.variable.name.value),
  };
  cache.set(document, info);
  return info;
}

/** Variables that make a mutation safe to send again: the server answers a repeat with the first outcome. */
export const IDEMPOTENCY_VARIABLES = ['idempotencyKey', 'clientMessageId'] as const;

/**
 * Whether sending the operation twice does no more than sending it once: queries always; a
 * mutation only when it carries an idempotency key (checkout, adjustStock, refundPayment,
 * sendChatMessage's clientMessageId). Never any other mutation: a lost response may hide a success.
 */
export function isSafeToRetry(info: OperationInfo, variables: Record<string, unknown> | undefined): boolean {
  if (info.type === 'query') return true;
  if (info.type !== 'mutation') return false;
  return IDEMPOTENCY_VARIABLES.some((name) => info.variableNames.includes(name) && typeof variables?.[name] === 'string' && variables[name] !== '');
}
