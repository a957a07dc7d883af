import { badInput } from '@shop/kit';

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_MESSAGE_LENGTH = 2000;
export const MAX_CLIENT_MESSAGE_ID_LENGTH = 100;
/** Most messages one read returns (Conversation.messages, one catch-up page). */
export const MAX_MESSAGES_PAGE = 100;
/** Most conversations a list returns. */
export const MAX_CONVERSATIONS = 100;

export type ConversationStatus = 'OPEN' | 'CLOSED';
export type ChatAuthorRole = 'CUSTOMER' | 'SUPPORT';
export type ChatErrorCode = 'CONVERSATION_NOT_FOUND' | 'CONVERSATION_CLOSED' | 'INVALID_MESSAGE' | 'INVALID_SUBJECT' | 'IDEMPOTENCY_KEY_REUSED';

export interface ChatUserError {
  code: ChatErrorCode;
  message: string;
  field: string | null;
}

export const chatError = (code: ChatErrorCode, message: string, field: string | null = null): ChatUserError => ({ code, message, field });

/** Length as a reader counts it: code points, so an emoji is one character, not two. */
const characters = (text: string) => [...text].length;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ChatUserError };

/** A subject is trimmed and must keep 1 to 200 characters. */
export function checkSubject(subject: string, field = 'subject'): Checked<string> {
  const value = subject.trim();
  if (!value) return { ok: false, error: chatError('INVALID_SUBJECT', 'The subject must not be empty.', field) };
  if (characters(value) > MAX_SUBJECT_LENGTH) {
    return { ok: false, error: chatError('INVALID_SUBJECT', `The subject must be at most ${MAX_SUBJECT_LENGTH} characters.`, field) };
  }
  return { ok: true, value };
}

/** A message body is trimmed and must keep 1 to 2,000 characters. */
export function checkMessageBody(body: string, field = 'body'): Checked<string> {
  const value = body.trim();
  if (!value) return { ok: false, error: chatError('INVALID_MESSAGE', 'The message must not be empty.', field) };
  if (characters(value) > MAX_MESSAGE_LENGTH) {
    return { ok: false, error: chatError('INVALID_MESSAGE', `The message must be at most ${MAX_MESSAGE_LENGTH} characters.`, field) };
  }
  return { ok: true, value };
}

/** A malformed idempotency key is a client bug, not a business outcome: BAD_USER_INPUT. */
export function clientMessageIdOf(clientMessageId: string | null | undefined): string | null {
  if (clientMessageId === null || clientMessageId === undefined) return null;
  if (!clientMessageId || clientMessageId.length > MAX_CLIENT_MESSAGE_ID_LENGTH) {
    throw badInput(`"clientMessageId" must be 1 to ${MAX_CLIENT_MESSAGE_ID_LENGTH} characters.`, 'clientMessageId');
  }
  return clientMessageId;
}

/** A seq cursor: null means "from the start" (or "from now" for a subscription). */
export function afterSeqOf(afterSeq: number | null | undefined): number | null {
  if (afterSeq === null || afterSeq === undefined) return null;
  if (!Number.isInteger(afterSeq) || afterSeq < 0) throw badInput('"afterSeq" must be 0 or more.', 'afterSeq');
  return afterSeq;
}

/** What `Conversation.messages(afterSeq, last)` reads. */
export interface MessageWindow {
  afterSeq: number;
  /** Keep the newest `last` messages after `afterSeq`; null keeps the oldest page. */
  last: number | null;
}

export function messageWindow(afterSeq: number | null | undefined, last: number | null | undefined): MessageWindow {
  if (last !== null && last !== undefined && (!Number.isInteger(last) || last < 1 || last > MAX_MESSAGES_PAGE)) {
    throw badInput(`"last" must be between 1 and ${MAX_MESSAGES_PAGE}.`, 'last');
  }
  return { afterSeq: afterSeqOf(afterSeq) ?? 0, last: last ?? null };
}
