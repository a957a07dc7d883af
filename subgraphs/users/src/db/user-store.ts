import type { Database } from '@shop/stores';
import { appendToOutbox, type DomainEvent } from '@shop/stores';
import { eq, inArray } from 'drizzle-orm';
import { addresses, outbox, users, type UsersSchema } from './schema';

export type UserRow = typeof users.$inferSelect;
export type AddressRow = typeof addresses.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type NewAddress = typeof addresses.$inferInsert;

/** What the users subgraph needs from its store. */
export interface UserStore {
  findByIds(ids: readonly string[]): Promise<UserRow[]>;
  findByEmail(email: string): Promise<UserRow | undefined>;
  addressesOf(userIds: readonly string[]): Promise<AddressRow[]>;
  /** Inserts a user (and its events) atomically; returns false when the email is taken. */
  create(user: NewUser, addressList: NewAddress[], events: DomainEvent[]): Promise<boolean>;
  count(): Promise<number>;
  /** Sets a user's role; returns the updated user, or undefined when there is no such user. */
  setRole(userId: string, role: UserRow['role']): Promise<UserRow | undefined>;
}

export function createUserStore(db: Database<UsersSchema>): UserStore {
  return {
    findByIds: (ids) =>
      ids.length
        ? db
            .select()
            .from(users)
            .where(inArray(users.id, [...ids]))
        : Promise.resolve([]),
    findByEmail: async (email) => (await db.select().from(users).where(eq(users.email, email)).limit(1))[0],
    addressesOf: (userIds) =>
      userIds.length
        ? db
            .select()
            .from(addresses)
            .where(inArray(addresses.userId, [...userIds]))
            .orderBy(addresses.id)
        : Promise.resolve([]),
    async create(user, addressList, events) {
      return db.transaction(async (tx) => {
        const inserted = await tx.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning({ id: users.id });
        if (!inserted.length) return false;
        if (addressList.length) await tx.insert(addresses).values(addressList);
        await appendToOutbox(tx, outbox, events);
        return true;
      });
    },
    count: async () => db.$count(users),
    setRole: async (userId, role) => (await db.update(users).set({ role }).where(eq(users.id, userId)).returning())[0],
  };
}
