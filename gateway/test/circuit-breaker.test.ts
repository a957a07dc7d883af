import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/circuit-breaker';

/** The breaker's state machine on a fake clock: closed → open → half-open → closed or open. */
describe('circuit breaker', () => {
  const setup = () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1000 }, () => now);
    return { breaker, advance: (ms: number) => void (now += ms) };
  };

  it('opens after N consecutive failures; a success in between resets the count', () => {
    const { breaker } = setup();
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    expect(breaker.current).toBe('closed');
    breaker.failure();
    expect(breaker.current).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('lets exactly one probe through after the cool-down; its outcome closes or reopens', () => {
    const { breaker, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.current).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(false);
    breaker.failure();
    expect(breaker.current).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    advance(1000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.success();
    expect(breaker.current).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
  });
});
