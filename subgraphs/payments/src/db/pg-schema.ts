import { pgSchema } from 'drizzle-orm/pg-core';

/** Every table of the payments subgraph lives in its own Postgres schema. */
export const paymentsSchema = pgSchema('payments');
