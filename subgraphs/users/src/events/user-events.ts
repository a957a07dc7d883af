import { newEvent, type DomainEvent } from '@shop/stores';

/** What the users subgraph announces. Consumers outside this subgraph rely on this shape (v1). */
export interface UserRegisteredV1 {
  userId: string;
  email: string;
  name: string;
}

export const userRegistered = (payload: UserRegisteredV1): DomainEvent<UserRegisteredV1> => newEvent('user.registered', payload, 1);
