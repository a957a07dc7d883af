import type { Identity } from '@shop/kit';
import { describe, expect, it } from 'vitest';
import { paymentScope } from '../src/domain/access';
import { canTransition, impliedLedger, isFinal, PAYMENT_STATUSES, sourcesOf, type LedgerKind, type PaymentStatus } from '../src/domain/payment-status';
import { applyRefund, refundableMinor, refundRefusal, statusAfterRefunds } from '../src/domain/refunds';

/** The whole transitions table, written out: every pair not listed here must be refused. */
const ALLOWED = new Set([
  'PENDING>AUTHORIZING',
  'PENDING>CANCELLED',
  'AUTHORIZING>AUTHORIZED',
  'AUTHORIZING>FAILED',
  'AUTHORIZED>CAPTURED',
  'AUTHORIZED>VOIDED',
  'CAPTURED>PARTIALLY_REFUNDED',
  'CAPTURED>REFUNDED',
  'PARTIALLY_REFUNDED>PARTIALLY_REFUNDED',
  'PARTIALLY_REFUNDED>REFUNDED',
]);

describe('payment status machine', () => {
  const pairs = PAYMENT_STATUSES.flatMap((from) => PAYMENT_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it('has exactly four final states', () => {
    expect(PAYMENT_STATUSES.filter(isFinal)).toEqual(['REFUNDED', 'VOIDED', 'FAILED', 'CANCELLED']);
  });

  it('lists the sources of each compare-and-set from the same table', () => {
    expect(sourcesOf('AUTHORIZING')).toEqual(['PENDING']);
    expect(sourcesOf('FAILED')).toEqual(['AUTHORIZING']);
    expect(sourcesOf('REFUNDED')).toEqual(['CAPTURED', 'PARTIALLY_REFUNDED']);
    expect(sourcesOf('PENDING')).toEqual([]);
  });

  it('reaches every status from PENDING', () => {
    const seen = new Set<PaymentStatus>();
    const visit = (status: PaymentStatus) => {
      if (seen.has(status)) return;
      seen.add(status);
      for (const next of PAYMENT_STATUSES) if (canTransition(status, next)) visit(next);
    };
    visit('PENDING');
    expect([...seen].sort()).toEqual([...PAYMENT_STATUSES].sort());
  });
});

describe('implied ledger', () => {
  const STATUS_AFTER: Record<LedgerKind, (refundedMinor: number, amountMinor: number) => PaymentStatus> = {
    AUTHORIZE: () => 'AUTHORIZED',
    CAPTURE: () => 'CAPTURED',
    VOID: () => 'VOIDED',
    REFUND: (refunded, amount) => (refunded === amount ? 'REFUNDED' : 'PARTIALLY_REFUNDED'),
  };

  it.each(PAYMENT_STATUSES)('replays to %s through allowed transitions only', (status) => {
    const payment = { status, amountMinor: 5000, refundedMinor: status === 'REFUNDED' ? 5000 : status === 'PARTIALLY_REFUNDED' ? 1200 : 0 };
    const ledger = impliedLedger(payment);
    // Authorizing is not a money movement: the ledger starts at the provider's answer.
    let current: PaymentStatus = ledger.length ? 'AUTHORIZING' : 'PENDING';
    let refunded = 0;
    for (const entry of ledger) {
      if (entry.kind === 'REFUND') refunded += entry.amountMinor;
      const next = STATUS_AFTER[entry.kind](refunded, payment.amountMinor);
      expect(canTransition(current, next), `${current} -> ${next}`).toBe(true);
      current = next;
    }
    // Failed, cancelled and in-flight payments have no ledger: nothing moved.
    expect(current).toBe(['FAILED', 'CANCELLED', 'AUTHORIZING'].includes(status) ? 'PENDING' : status);
    expect(refunded).toBe(payment.refundedMinor);
  });

  it('records amounts: the whole amount for authorize, capture and void, the refunded part for refunds', () => {
    expect(impliedLedger({ status: 'PARTIALLY_REFUNDED', amountMinor: 999, refundedMinor: 1 })).toEqual([
      { kind: 'AUTHORIZE', amountMinor: 999 },
      { kind: 'CAPTURE', amountMinor: 999 },
      { kind: 'REFUND', amountMinor: 1 },
    ]);
    expect(impliedLedger({ status: 'VOIDED', amountMinor: 999, refundedMinor: 0 })).toEqual([
      { kind: 'AUTHORIZE', amountMinor: 999 },
      { kind: 'VOID', amountMinor: 999 },
    ]);
  });
});

describe('refund arithmetic', () => {
  const captured = { status: 'CAPTURED' as const, capturedMinor: 10_000, refundedMinor: 0, refundPendingMinor: 0 };
  const partly = { status: 'PARTIALLY_REFUNDED' as const, capturedMinor: 10_000, refundedMinor: 2_500, refundPendingMinor: 0 };

  it('refunds only from captured money, minus what is refunded or pending', () => {
    expect(refundableMinor(partly)).toBe(7_500);
    expect(refundableMinor({ ...partly, refundPendingMinor: 7_000 })).toBe(500);
    expect(refundableMinor({ ...partly, refundPendingMinor: 9_000 })).toBe(0);
    expect(refundableMinor({ ...partly, status: 'REFUNDED', refundedMinor: 10_000 })).toBe(0);
    const uncaptured = PAYMENT_STATUSES.filter((status) => refundableMinor({ ...captured, status }) === 0);
    expect(uncaptured).toEqual(['PENDING', 'AUTHORIZING', 'AUTHORIZED', 'REFUNDED', 'VOIDED', 'FAILED', 'CANCELLED']);
  });

  it('refunds part, then the rest, then nothing more', () => {
    expect(applyRefund(captured, 2_500)).toEqual({ ok: true, refundedMinor: 2_500, status: 'PARTIALLY_REFUNDED' });
    expect(applyRefund(partly, 7_499)).toEqual({ ok: true, refundedMinor: 9_999, status: 'PARTIALLY_REFUNDED' });
    expect(applyRefund(partly, 7_500)).toEqual({ ok: true, refundedMinor: 10_000, status: 'REFUNDED' });
    expect(applyRefund({ ...partly, status: 'REFUNDED', refundedMinor: 10_000 }, 1)).toEqual({ ok: false, code: 'NOT_REFUNDABLE', refundableMinor: 0 });
  });

  it('refunds the whole capture in one go', () => {
    expect(applyRefund(captured, 10_000)).toEqual({ ok: true, refundedMinor: 10_000, status: 'REFUNDED' });
    expect(statusAfterRefunds(10_000, 10_000)).toBe('REFUNDED');
    expect(statusAfterRefunds(10_000, 9_999)).toBe('PARTIALLY_REFUNDED');
  });

  it('never refunds more than captured minus already refunded and pending', () => {
    expect(applyRefund(captured, 10_001)).toEqual({ ok: false, code: 'REFUND_EXCEEDS_CAPTURED', refundableMinor: 10_000 });
    expect(applyRefund(partly, 7_501)).toEqual({ ok: false, code: 'REFUND_EXCEEDS_CAPTURED', refundableMinor: 7_500 });
    // Two refunds of 60% each: once the first is reserved, the second no longer fits.
    expect(refundRefusal(captured, 6_000)).toBeNull();
    expect(refundRefusal({ ...captured, refundPendingMinor: 6_000 }, 6_000)).toBe('REFUND_EXCEEDS_CAPTURED');
    expect(refundRefusal({ ...captured, refundPendingMinor: 10_000 }, 1)).toBe('NOT_REFUNDABLE');
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses the amount %s', (amount) => {
    expect(applyRefund(captured, amount)).toMatchObject({ ok: false, code: 'INVALID_AMOUNT' });
  });

  it.each(['PENDING', 'AUTHORIZING', 'AUTHORIZED', 'VOIDED', 'FAILED', 'CANCELLED'] as const)('refuses to refund a %s payment', (status) => {
    expect(applyRefund({ status, capturedMinor: 0, refundedMinor: 0, refundPendingMinor: 0 }, 100)).toEqual({
      ok: false,
      code: 'NOT_REFUNDABLE',
      refundableMinor: 0,
    });
  });

  it('lands only on transitions the machine allows', () => {
    for (const payment of [captured, partly]) {
      for (const amount of [1, refundableMinor(payment) - 1, refundableMinor(payment)]) {
        const outcome = applyRefund(payment, amount);
        expect(outcome.ok && canTransition(payment.status, outcome.status)).toBe(true);
      }
    }
  });
});

describe('who may read payments', () => {
  const as = (userId: string | null, role: Identity['role']): Identity => ({ userId, role, requestId: 't' });
  it('gives staff everything, a customer their own, anonymous callers nothing', () => {
    expect(paymentScope(as('usr_admin', 'ADMIN'))).toEqual({ kind: 'all' });
    expect(paymentScope(as('usr_support', 'SUPPORT'))).toEqual({ kind: 'all' });
    expect(paymentScope(as('usr_0001', 'CUSTOMER'))).toEqual({ kind: 'customer', customerId: 'usr_0001' });
    expect(paymentScope(as(null, null))).toEqual({ kind: 'none' });
    // A role without a user cannot be anyone's; a user without a role is not trusted with anything.
    expect(paymentScope(as(null, 'ADMIN'))).toEqual({ kind: 'none' });
    expect(paymentScope(as('usr_0001', null))).toEqual({ kind: 'none' });
  });
});
