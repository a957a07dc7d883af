import { GraphQLError, Kind, parse, validate, valueFromASTUntyped, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { WEBHOOK_EVENT_SOURCES } from './webhook-events';

export const MAX_WEBHOOK_QUERY_LENGTH = 10_000;

export type WebhookDocumentCheck = { ok: true; field: string; args: Record<string, unknown> } | { ok: false; message: string };

/**
 * Checks a webhook's subscription document against the public API schema: it parses, is exactly
 * one subscription operation without variables (a stored document has nobody to supply them),
 * validates, and selects exactly one root field that webhooks support, with literal arguments.
 */
export function checkWebhookDocument(schema: GraphQLSchema, query: string): WebhookDocumentCheck {
  if (query.length > MAX_WEBHOOK_QUERY_LENGTH) return { ok: false, message: `The document is longer than ${MAX_WEBHOOK_QUERY_LENGTH} characters.` };
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { ok: false, message: `The document does not parse: ${(error as GraphQLError).message}` };
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0]!.operation !== 'subscription')
    return { ok: false, message: 'The document must hold exactly one subscription operation.' };
  const operation = operations[0]!;
  if (operation.variableDefinitions?.length) return { ok: false, message: 'The document may not declare variables; write arguments as literals.' };
  const errors = validate(schema, document);
  if (errors.length) return { ok: false, message: `The document is not valid against the API schema: ${errors.map((e) => e.message).join(' ')}` };
  const fields = operation.selectionSet.selections;
  const root = fields[0];
  if (fields.length !== 1 || root?.kind !== Kind.FIELD)
    return { ok: false, message: 'The subscription must select exactly one event field, without fragments at the root.' };
  const field = root.name.value;
  const source = WEBHOOK_EVENT_SOURCES[field];
  if (!source) return { ok: false, message: `Webhooks cannot follow ${field}; supported: ${Object.keys(WEBHOOK_EVENT_SOURCES).join(', ')}.` };
  const args: Record<string, unknown> = {};
  for (const arg of root.arguments ?? []) {
    if (!source.allowedArgs.includes(arg.name.value)) return { ok: false, message: `The argument ${arg.name.value} of ${field} is not supported in webhooks.` };
    args[arg.name.value] = valueFromASTUntyped(arg.value);
  }
  return { ok: true, field, args };
}
