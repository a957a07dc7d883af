import { forbidden, isStaff, unauthenticated, type Identity } from '@shop/kit';
import type { ChatAuthorRole } from './chat';

/** What access rules need to know about a conversation. */
export interface ConversationParties {
  customerId: string;
}

/**
 * A conversation is private to its customer and support: any staff member (SUPPORT, ADMIN) may
 * read and write in every conversation, a customer only in their own.
 */
export function mayAccessConversation(identity: Identity, conversation: ConversationParties): boolean {
  if (!identity.userId) return false;
  return isStaff(identity) || identity.userId === conversation.customerId;
}

/** For operations that fail loudly: anonymous → UNAUTHENTICATED, someone else's → FORBIDDEN. */
export function assertMayAccessConversation(identity: Identity, conversation: ConversationParties): void {
  if (!identity.userId) throw unauthenticated();
  if (!mayAccessConversation(identity, conversation)) throw forbidden('Only the customer of this conversation and support can see it.');
}

export function assertSignedIn(identity: Identity): string {
  if (!identity.userId) throw unauthenticated();
  return identity.userId;
}

export function assertStaff(identity: Identity): void {
  if (!identity.userId) throw unauthenticated();
  if (!isStaff(identity)) throw forbidden('Only support staff can list all conversations.');
}

/** Only customers open conversations: support answers them. */
export function assertCustomer(identity: Identity): string {
  if (!identity.userId) throw unauthenticated();
  if (identity.role !== 'CUSTOMER') throw forbidden('Only customers can start a conversation.');
  return identity.userId;
}

/** Staff write as SUPPORT whatever their exact role; the conversation's customer as CUSTOMER. */
export function authorRoleOf(identity: Identity): ChatAuthorRole {
  return isStaff(identity) ? 'SUPPORT' : 'CUSTOMER';
}
