import { DEMO_SECRETS, signIdentity, type Role } from '@shop/kit';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Calls a subgraph directly, as the gateway would, with a signed identity. */
export async function callSubgraph<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  as: { userId?: string | null; role?: Role | null } = {},
  secret: string = DEMO_SECRETS.GATEWAY_SECRET,
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const identity = { userId: as.userId ?? null, role: as.role ?? null, requestId: 'test' };
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signIdentity(secret, identity, { method: 'POST', body }) },
    body,
  });
  return (await res.json()) as GraphQLResponse<T>;
}

export const customer = (userId: string) => ({ userId, role: 'CUSTOMER' as const });
export const admin = { userId: 'usr_admin', role: 'ADMIN' as const };
export const anonymous = { userId: null, role: null };
