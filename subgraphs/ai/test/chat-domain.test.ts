import type { Identity } from '@shop/kit';
import { describe, expect, it } from 'vitest';
import { afterSeqOf, checkMessageBody, checkSubject, clientMessageIdOf, messageWindow, MAX_MESSAGE_LENGTH } from '../src/domain/chat';
import { assertCustomer, assertMayAccessConversation, assertStaff, authorRoleOf, mayAccessConversation } from '../src/domain/chat-access';

const as = (userId: string | null, role: Identity['role']): Identity => ({ userId, role, requestId: 'test' });
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('chat validation', () => {
  it('trims a message and accepts 1 to 2,000 characters, counting an emoji as one', () => {
    expect(checkMessageBody('  hello \n')).toEqual({ ok: true, value: 'hello' });
    expect(checkMessageBody('x'.repeat(MAX_MESSAGE_LENGTH)).ok).toBe(true);
    expect(checkMessageBody('🙂'.repeat(MAX_MESSAGE_LENGTH)).ok).toBe(true);
    expect(checkMessageBody('x'.repeat(MAX_MESSAGE_LENGTH + 1))).toEqual({
      ok: false,
      error: { code: 'INVALID_MESSAGE', message: 'The message must be at most 2000 characters.', field: 'body' },
    });
    expect(checkMessageBody(' \t\n ', 'message')).toEqual({
      ok: false,
      error: { code: 'INVALID_MESSAGE', message: 'The message must not be empty.', field: 'message' },
    });
  });

  it('trims a subject and accepts 1 to 200 characters', () => {
    expect(checkSubject(' Where is my order? ')).toEqual({ ok: true, value: 'Where is my order?' });
    expect(checkSubject('s'.repeat(200)).ok).toBe(true);
    for (const bad of ['', '   ', 's'.repeat(201)]) {
      const checked = checkSubject(bad);
      expect(checked.ok ? null : checked.error.code).toBe('INVALID_SUBJECT');
    }
  });

  it('takes a clientMessageId of 1 to 100 characters, or none', () => {
    expect(clientMessageIdOf(undefined)).toBeNull();
    expect(clientMessageIdOf(null)).toBeNull();
    expect(clientMessageIdOf('m-1')).toBe('m-1');
    expect(codeOf(() => clientMessageIdOf(''))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => clientMessageIdOf('k'.repeat(101)))).toBe('BAD_USER_INPUT');
  });

  it('reads afterSeq and last as a message window', () => {
    expect(afterSeqOf(null)).toBeNull();
    expect(afterSeqOf(0)).toBe(0);
    expect(codeOf(() => afterSeqOf(-1))).toBe('BAD_USER_INPUT');
    expect(messageWindow(undefined, undefined)).toEqual({ afterSeq: 0, last: null });
    expect(messageWindow(7, 3)).toEqual({ afterSeq: 7, last: 3 });
    for (const last of [0, 101, 1.5]) expect(codeOf(() => messageWindow(null, last))).toBe('BAD_USER_INPUT');
  });
});

describe('chat access', () => {
  const conversation = { customerId: 'usr_alice' };

  it('lets the customer and any staff member in, nobody else', () => {
    expect(mayAccessConversation(as('usr_alice', 'CUSTOMER'), conversation)).toBe(true);
    expect(mayAccessConversation(as('usr_sam', 'SUPPORT'), conversation)).toBe(true);
    expect(mayAccessConversation(as('usr_ada', 'ADMIN'), conversation)).toBe(true);
    expect(mayAccessConversation(as('usr_bob', 'CUSTOMER'), conversation)).toBe(false);
    expect(mayAccessConversation(as(null, null), conversation)).toBe(false);
  });

  it('fails loudly with UNAUTHENTICATED or FORBIDDEN', () => {
    expect(codeOf(() => assertMayAccessConversation(as(null, null), conversation))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertMayAccessConversation(as('usr_bob', 'CUSTOMER'), conversation))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayAccessConversation(as('usr_alice', 'CUSTOMER'), conversation))).toBe('no error');
    expect(codeOf(() => assertStaff(as('usr_alice', 'CUSTOMER')))).toBe('FORBIDDEN');
    expect(codeOf(() => assertStaff(as('usr_sam', 'SUPPORT')))).toBe('no error');
    expect(codeOf(() => assertCustomer(as('usr_sam', 'SUPPORT')))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCustomer(as(null, null)))).toBe('UNAUTHENTICATED');
  });

  it('has every staff member write as SUPPORT', () => {
    expect(authorRoleOf(as('usr_alice', 'CUSTOMER'))).toBe('CUSTOMER');
    expect(authorRoleOf(as('usr_sam', 'SUPPORT'))).toBe('SUPPORT');
    expect(authorRoleOf(as('usr_ada', 'ADMIN'))).toBe('SUPPORT');
  });
});
