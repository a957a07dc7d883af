import type { Identity } from '@shop/kit';
import { describe, expect, it } from 'vitest';
import { cancelAccess, canReadCart, canReadOrder, canWriteCart, customerOrdersAccess, fulfilmentAccess, orderListAccess } from '../src/domain/access';

const as = (userId: string | null, role: Identity['role']): Identity => ({ userId, role, requestId: 't' });
const anonymous = as(null, null);
const alice = as('usr_alice', 'CUSTOMER');
const support = as('usr_support', 'SUPPORT');
const admin = as('usr_admin', 'ADMIN');

describe('who may read what', () => {
  it('shows an order to its customer and to staff only', () => {
    const order = { customerId: 'usr_alice' };
    expect([anonymous, alice, as('usr_bob', 'CUSTOMER'), support, admin].map((i) => canReadOrder(i, order))).toEqual([false, true, false, true, true]);
  });

  it('treats a guest cart id as its key, and a customer cart as theirs', () => {
    expect(canReadCart(anonymous, { customerId: null })).toBe(true);
    expect(canReadCart(anonymous, { customerId: 'usr_alice' })).toBe(false);
    expect(canReadCart(as('usr_bob', 'CUSTOMER'), { customerId: 'usr_alice' })).toBe(false);
    expect(canReadCart(alice, { customerId: 'usr_alice' })).toBe(true);
    expect(canReadCart(support, { customerId: 'usr_alice' })).toBe(true);
  });

  it('keeps the full order list for staff', () => {
    expect([anonymous, alice, support, admin].map(orderListAccess)).toEqual(['unauthenticated', 'forbidden', 'allowed', 'allowed']);
  });

  it("keeps a user's order history for them and staff", () => {
    expect([anonymous, alice, as('usr_bob', 'CUSTOMER'), support, admin].map((i) => customerOrdersAccess(i, 'usr_alice'))).toEqual([
      'unauthenticated',
      'allowed',
      'forbidden',
      'allowed',
      'allowed',
    ]);
  });

  it('lets anyone change an anonymous cart, and only its owner a customer cart (not even staff)', () => {
    expect([anonymous, alice, support, admin].map((i) => canWriteCart(i, { customerId: null }))).toEqual([true, true, true, true]);
    expect([anonymous, alice, as('usr_bob', 'CUSTOMER'), support, admin].map((i) => canWriteCart(i, { customerId: 'usr_alice' }))).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('keeps shipping to staff and cancelling to admins', () => {
    expect([anonymous, alice, support, admin].map(fulfilmentAccess)).toEqual(['unauthenticated', 'forbidden', 'allowed', 'allowed']);
    expect([anonymous, alice, support, admin].map(cancelAccess)).toEqual(['unauthenticated', 'forbidden', 'forbidden', 'allowed']);
  });
});
