import { Kind, type FieldNode } from 'graphql';
import type { OperationInfo } from './operations';

/**
 * The documented resume cursors of the API's subscriptions (see their schema descriptions):
 * the argument that replays what came after a cursor, and the event field that carries it.
 * assistantReply has no argument: it replays every chunk from the first, and the client drops
 * the chunks it has already delivered. inventoryChanged and lowStockAlerts carry the state after
 * each change; they have no cursor (query again after a gap if you need it).
 */
export const RESUME_CURSORS: Readonly<Record<string, { argument?: string; field: string }>> = {
  orderUpdated: { argument: 'sinceVersion', field: 'version' },
  chatMessageAdded: { argument: 'afterSeq', field: 'seq' },
  assistantReply: { field: 'seq' },
};

export interface ResumePlan {
  /** The response key of the subscription's root field. */
  rootKey: string;
  /** The response key of the cursor field within each event. */
  cursorKey: string;
  /** The operation variable bound to the replay argument; absent: events are deduplicated, not replayed. */
  variable?: string;
}

/** How to resume this subscription document, or null when its root field has no cursor or it is not selected. */
export function resumePlan(info: OperationInfo): ResumePlan | null {
  const root = info.root;
  if (!root || info.type !== 'subscription') return null;
  const cursor = RESUME_CURSORS[root.name.value];
  if (!cursor) return null;
  const field = root.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === cursor.field && !s.directives?.length);
  if (!field) return null;
  const argument = root.arguments?.find((a) => a.name.value === cursor.argument);
  const variable = argument?.value.kind === Kind.VARIABLE ? argument.value.name.value : undefined;
  return { rootKey: root.alias?.value ?? root.name.value, cursorKey: field.alias?.value ?? field.name.value, variable };
}

/** The cursor an event carries, per the plan. */
export function cursorOf(plan: ResumePlan, data: unknown): number | undefined {
  const event = (data as Record<string, Record<string, unknown> | null> | null | undefined)?.[plan.rootKey];
  const cursor = event?.[plan.cursorKey];
  return typeof cursor === 'number' ? cursor : undefined;
}
