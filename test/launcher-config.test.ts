import { describe, expect, it } from 'vitest';
import { launcherOptions } from '../scripts/launcher-config';

/** `pnpm start` maps every variable of the README's table to the option the standalone process reads it into. */
describe('launcher configuration', () => {
  it('passes the subgraphs their variables as their own main.ts would', () => {
    const options = launcherOptions({
      LOG_LEVEL: 'silent',
      RESERVATION_SWEEP_MS: '250',
      CART_KEY_PREFIX: 'x:cart:',
      PAYMENT_PROVIDER: 'simulated',
      EVENT_STREAM: 'x:events',
      REPLICA_ID: 'laptop-1',
      EVENT_CLAIM_IDLE_MS: '1500',
      EVENT_MAX_DELIVERIES: '7',
      SAGA_STEP_DEADLINE_MS: '2500',
    });
    expect(options).toMatchObject({
      reservationSweepMs: 250,
      cartKeyPrefix: 'x:cart:',
      paymentProvider: 'simulated',
      eventStream: 'x:events',
      eventBus: { replicaId: 'laptop-1', claimIdleMs: 1500, maxDeliveries: 7 },
      sagaStepDeadlineMs: 2500,
    });
  });

  it("passes the users subgraph its webhook variables; payloads come from the launcher's own gateway", () => {
    const options = launcherOptions({
      LOG_LEVEL: 'silent',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_RETRY_BASE_MS: '500',
      WEBHOOK_POLL_MS: '200',
      WEBHOOK_ALLOW_INSECURE_TARGETS: 'false',
    });
    expect(options.webhooks).toMatchObject({ allowInsecureTargets: false, pollMs: 200, policy: expect.objectContaining({ maxAttempts: 3, baseDelayMs: 500 }) });
    expect(options.webhooks).not.toHaveProperty('gatewayUrl');
    expect(
      launcherOptions({
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        JWT_SECRET: 'j'.repeat(40),
        GATEWAY_SECRET: 'g'.repeat(40),
        PAYMENT_WEBHOOK_SECRET: 'p'.repeat(40),
      }).webhooks,
    ).toMatchObject({ allowInsecureTargets: false });
    expect(launcherOptions({ LOG_LEVEL: 'silent' }).webhooks).toMatchObject({ allowInsecureTargets: true });
  });

  it('passes the gateway its variables through the gateway schema', () => {
    const options = launcherOptions({
      LOG_LEVEL: 'silent',
      CORS_ORIGINS: 'http://a.test',
      MAX_IN_FLIGHT: '9',
      MAX_QUERY_DEPTH: '7',
      TRUSTED_DOCUMENTS: 'audit',
    });
    expect(options.gateway).toMatchObject({
      corsOrigins: ['http://a.test'],
      maxInFlight: 9,
      operationLimits: expect.objectContaining({ maxDepth: 7 }),
      trustedDocuments: 'audit',
    });
  });

  it('lists every bad value at once', () => {
    expect(() => launcherOptions({ RESERVATION_SWEEP_MS: '1', EVENT_MAX_DELIVERIES: '0' })).toThrow(
      /RESERVATION_SWEEP_MS[\s\S]*EVENT_MAX_DELIVERIES|EVENT_MAX_DELIVERIES[\s\S]*RESERVATION_SWEEP_MS/,
    );
  });
});
