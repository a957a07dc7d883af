import { demoUsers } from '@shop/demo-data';
import type { Logger } from '@shop/kit';
import type { UserStore } from './db/user-store';
import { hashPassword } from './domain/password';

/**
 * Loads the demo accounts into an empty store. Accounts sharing a demo password share one hash to
 * keep a cold start fast; real registrations each get their own salt.
 */
export async function seedUsers(store: UserStore, logger: Logger): Promise<void> {
  if ((await store.count()) > 0) return;
  const people = demoUsers();
  const hashes = new Map<string, Promise<string>>();
  for (const p of people) if (!hashes.has(p.password)) hashes.set(p.password, hashPassword(p.password));
  for (const person of people) {
    const { password, addresses, ...user } = person;
    await store.create(
      { ...user, passwordHash: await hashes.get(password)! },
      addresses.map((a) => ({ ...a, userId: user.id })),
      [],
    );
  }
  logger.info('seeded demo users', { count: people.length });
}
