import { describe, expect, it } from 'vitest';
import { PAYMENT_STATUSES, type PaymentStatus } from '../src/domain/payment-status';
import { HOLD_MARGIN_MS, nextStep, STALE_AFTER_MS, type SagaState } from '../src/domain/saga';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const payment = (status: PaymentStatus, over: Partial<NonNullable<SagaState['payment']>> = {}) => ({
  status,
  capturedMinor: ['CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(status) ? 5_000 : 0,
  refundedMinor: status === 'REFUNDED' ? 5_000 : status === 'PARTIALLY_REFUNDED' ? 1_000 : 0,
  refundPendingMinor: 0,
  updatedAt: new Date(NOW - 1_000).toISOString(),
  ...over,
});
const state = (p: SagaState['payment'], signals: Partial<Omit<SagaState, 'payment'>> = {}): SagaState => ({
  payment: p,
  reserved: false,
  closed: false,
  ...signals,
});

describe('checkout saga policy (nextStep)', () => {
  it('waits for order.created: nothing happens to an order payments has no payment for', () => {
    expect(nextStep(state(null, { reserved: true }), NOW)).toBe('NONE');
    expect(nextStep(state(null, { closed: true }), NOW)).toBe('NONE');
  });

  it('authorizes only once both the order and its reservation were seen, whichever came first', () => {
    expect(nextStep(state(payment('PENDING')), NOW)).toBe('NONE');
    expect(nextStep(state(payment('PENDING'), { reserved: true }), NOW)).toBe('AUTHORIZE');
  });

  it('never authorizes a closed order, reserved or not', () => {
    expect(nextStep(state(payment('PENDING'), { closed: true }), NOW)).toBe('CANCEL');
    expect(nextStep(state(payment('PENDING'), { closed: true, reserved: true }), NOW)).toBe('CANCEL');
  });

  it('leaves an authorization in flight to its worker until it is stale, then resumes it', () => {
    const fresh = payment('AUTHORIZING', { updatedAt: new Date(NOW - STALE_AFTER_MS + 1).toISOString() });
    const stale = payment('AUTHORIZING', { updatedAt: new Date(NOW - STALE_AFTER_MS).toISOString() });
    expect(nextStep(state(fresh, { reserved: true }), NOW)).toBe('NONE');
    expect(nextStep(state(stale, { reserved: true }), NOW)).toBe('RESUME_AUTHORIZATION');
    expect(nextStep(state(stale, { reserved: true }), NOW, 60_000)).toBe('NONE');
  });

  it('captures an authorization, or voids it once the order closed', () => {
    expect(nextStep(state(payment('AUTHORIZED'), { reserved: true }), NOW)).toBe('CAPTURE');
    expect(nextStep(state(payment('AUTHORIZED'), { reserved: true, closed: true }), NOW)).toBe('VOID');
  });

  it('refunds what is left of a capture once the order closed, and stops when nothing is left', () => {
    expect(nextStep(state(payment('CAPTURED'), { closed: true }), NOW)).toBe('REFUND_REMAINDER');
    expect(nextStep(state(payment('PARTIALLY_REFUNDED'), { closed: true }), NOW)).toBe('REFUND_REMAINDER');
    expect(nextStep(state(payment('PARTIALLY_REFUNDED', { refundPendingMinor: 4_000 }), { closed: true }), NOW)).toBe('NONE');
    expect(nextStep(state(payment('REFUNDED'), { closed: true }), NOW)).toBe('NONE');
    expect(nextStep(state(payment('CAPTURED'), { reserved: true }), NOW)).toBe('NONE');
  });

  it.each(['FAILED', 'VOIDED', 'CANCELLED', 'REFUNDED'] as const)('does nothing more with a %s payment', (status) => {
    for (const reserved of [true, false]) for (const closed of [true, false]) expect(nextStep(state(payment(status), { reserved, closed }), NOW)).toBe('NONE');
  });

  it('never starts a charge once the hold has lapsed (or lapses within the margin) or was released', () => {
    const lapsed = new Date(NOW - 1).toISOString();
    const lapsing = new Date(NOW + HOLD_MARGIN_MS - 1).toISOString();
    const holding = new Date(NOW + HOLD_MARGIN_MS + 60_000).toISOString();
    expect(nextStep(state(payment('PENDING'), { reserved: true, holdExpiresAt: holding }), NOW)).toBe('AUTHORIZE');
    expect(nextStep(state(payment('PENDING'), { reserved: true, holdExpiresAt: lapsed }), NOW)).toBe('CANCEL');
    expect(nextStep(state(payment('PENDING'), { reserved: true, holdExpiresAt: lapsing }), NOW)).toBe('CANCEL');
    expect(nextStep(state(payment('PENDING'), { reserved: true, holdExpiresAt: holding, holdReleased: true }), NOW)).toBe('CANCEL');
    expect(nextStep(state(payment('PENDING'), { holdReleased: true }), NOW)).toBe('CANCEL');
  });

  it('voids instead of capturing an authorization whose hold lapsed meanwhile', () => {
    expect(nextStep(state(payment('AUTHORIZED'), { reserved: true, holdExpiresAt: new Date(NOW - 1).toISOString() }), NOW)).toBe('VOID');
    expect(nextStep(state(payment('AUTHORIZED'), { reserved: true, holdReleased: true }), NOW)).toBe('VOID');
    expect(nextStep(state(payment('AUTHORIZED'), { reserved: true, holdExpiresAt: new Date(NOW + 1000).toISOString() }), NOW)).toBe('CAPTURE');
  });

  it('has a rule for every status', () => {
    for (const status of PAYMENT_STATUSES) expect(typeof nextStep(state(payment(status), { reserved: true }), NOW)).toBe('string');
  });
});

describe('fraud review in the saga policy', () => {
  const authorized = (over: Partial<SagaState> = {}) => state(payment('AUTHORIZED'), { reserved: true, ...over });
  const WAIT = 60_000;
  const review = { waitMs: WAIT, hold: true };

  it('waits for the risk assessment before capturing, up to riskWaitMs, then captures unscreened', () => {
    expect(nextStep(authorized(), NOW, STALE_AFTER_MS, review)).toBe('NONE');
    expect(nextStep(authorized({ riskLevel: 'LOW' }), NOW, STALE_AFTER_MS, review)).toBe('CAPTURE');
    expect(nextStep(authorized({ riskLevel: 'MEDIUM' }), NOW, STALE_AFTER_MS, review)).toBe('CAPTURE');
    expect(nextStep(authorized(), NOW + WAIT + 1, STALE_AFTER_MS, review)).toBe('CAPTURE');
    // No wait configured: capture at once, as without fraud scoring, even when the authorisation
    // was recorded after the worker read its clock.
    expect(nextStep(authorized(), NOW)).toBe('CAPTURE');
    expect(nextStep(state(payment('AUTHORIZED', { updatedAt: new Date(NOW + 50).toISOString() }), { reserved: true }), NOW)).toBe('CAPTURE');
  });

  it('holds a HIGH risk authorisation once, never captures it before approval, captures after', () => {
    expect(nextStep(authorized({ riskLevel: 'HIGH' }), NOW)).toBe('HOLD');
    expect(nextStep(authorized({ riskLevel: 'HIGH', held: true }), NOW + 10 * WAIT, STALE_AFTER_MS, review)).toBe('NONE');
    expect(nextStep(authorized({ riskLevel: 'HIGH', held: true, approved: true }), NOW)).toBe('CAPTURE');
  });

  it('with review off, records risk but captures HIGH risk at once', () => {
    expect(nextStep(authorized({ riskLevel: 'HIGH' }), NOW, STALE_AFTER_MS, { waitMs: WAIT, hold: false })).toBe('CAPTURE');
    expect(nextStep(authorized(), NOW, STALE_AFTER_MS, { waitMs: WAIT, hold: false })).toBe('CAPTURE');
  });

  it('voids a held authorisation when the order is rejected or its hold lapses, approved or not', () => {
    expect(nextStep(authorized({ riskLevel: 'HIGH', held: true, closed: true }), NOW)).toBe('VOID');
    expect(nextStep(authorized({ riskLevel: 'HIGH', held: true, holdReleased: true }), NOW)).toBe('VOID');
    expect(nextStep(authorized({ riskLevel: 'HIGH', held: true, approved: true, closed: true }), NOW)).toBe('VOID');
  });

  it('never authorises differently because of risk: authorisation runs beside the assessment', () => {
    expect(nextStep(state(payment('PENDING'), { reserved: true, riskLevel: 'HIGH' }), NOW)).toBe('AUTHORIZE');
  });
});
