import { randomUUID } from 'node:crypto';
import { openRedis, type RedisClientType } from '@shop/stores';
import { SKIP_REDIS_REASON, TEST_REDIS_URL } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAttemptThrottle, type AttemptThrottle } from '../src/services/attempt-throttle';

/** The AttemptThrottle contract, in this process and in Redis (shared by replicas). */
const targets = [
  { name: 'in process', skip: false as const, redis: false },
  { name: TEST_REDIS_URL ? 'redis (real server)' : `redis — ${SKIP_REDIS_REASON}`, skip: !TEST_REDIS_URL, redis: true },
];

for (const target of targets) {
  describe.skipIf(target.skip)(`AttemptThrottle contract — ${target.name}`, () => {
    let redis: RedisClientType | undefined;
    let replicas: [AttemptThrottle, AttemptThrottle];

    beforeAll(async () => {
      if (target.redis) redis = await openRedis(TEST_REDIS_URL!);
      const keyPrefix = `test:throttle:${randomUUID()}`;
      const one = createAttemptThrottle({ redis, keyPrefix });
      // Two replicas share counts only through Redis; in process, both names are the same instance.
      replicas = [one, target.redis ? createAttemptThrottle({ redis, keyPrefix }) : one];
    });
    afterAll(() => void redis?.destroy());

    it('takes 5 sign-in attempts per account, then refuses with a wait, across replicas', async () => {
      for (let i = 0; i < 5; i++) expect((await replicas[i % 2]!.take('login', { account: 'a@x.example', ip: `10.0.0.${i}` })).ok).toBe(true);
      const refused = await replicas[1].take('login', { account: 'a@x.example', ip: '10.0.1.1' });
      expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
      expect(refused.ok || refused.retryAfterSeconds).toBeGreaterThan(800);
    });

    it('gives successful sign-ins their attempt back, but not registrations', async () => {
      for (let i = 0; i < 10; i++) {
        const taken = await replicas[0].take('login', { account: 'b@x.example', ip: '10.0.2.1' });
        expect(taken.ok).toBe(true);
        if (taken.ok) await replicas[1].succeeded(taken.taken);
      }
      for (let i = 0; i < 5; i++) {
        const taken = await replicas[0].take('register', { account: 'c@x.example', ip: `10.0.3.${i}` });
        if (taken.ok) await replicas[1].succeeded(taken.taken);
      }
      expect((await replicas[1].take('register', { account: 'c@x.example', ip: '10.0.3.9' })).ok).toBe(false);
    });

    it('does not charge the account for an attempt its address was refused', async () => {
      for (let i = 0; i < 20; i++) await replicas[0].take('login', { account: `n${i}@x.example`, ip: '10.0.4.1' });
      expect((await replicas[0].take('login', { account: 'd@x.example', ip: '10.0.4.1' })).ok).toBe(false);
      for (let i = 0; i < 5; i++) expect((await replicas[1].take('login', { account: 'd@x.example', ip: '10.0.4.2' })).ok).toBe(true);
    });
  });
}
