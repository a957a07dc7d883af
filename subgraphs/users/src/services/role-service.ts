import type { Role } from '@shop/kit';
import type { UserRow, UserStore } from '../db/user-store';
import type { UserError } from '../domain/validation';

export interface UserResult {
  user: UserRow | null;
  userErrors: UserError[];
}

/**
 * Role changes. Who may call is the resolver's business (ADMIN only); this holds the rules that
 * are data: the user must exist, and an admin cannot demote themself (no accidental lock-out). The
 * new role reaches the user's access tokens at their next refresh.
 */
export function createRoleService(store: UserStore) {
  return {
    async setUserRole(actorId: string, userId: string, role: Role): Promise<UserResult> {
      if (userId === actorId && role !== 'ADMIN') {
        return { user: null, userErrors: [{ code: 'CANNOT_DEMOTE_SELF', message: 'You cannot take away your own admin role.', field: 'role' }] };
      }
      const user = await store.setRole(userId, role);
      if (!user) return { user: null, userErrors: [{ code: 'USER_NOT_FOUND', message: 'There is no user with this id.', field: 'userId' }] };
      return { user, userErrors: [] };
    },
  };
}

export type RoleService = ReturnType<typeof createRoleService>;
