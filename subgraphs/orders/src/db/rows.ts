/**
 * Postgres prints timestamptz in the session's format ("2026-01-01 10:00:00.123+00"), which differs
 * between drivers and time zones. Stores hand out ISO 8601 instead, so cursors and API values are
 * the same whichever database answered.
 */
export const toIso = (timestamp: string) => new Date(timestamp).toISOString();

/** Splits rows into statements of at most `size` rows, keeping each under Postgres' parameter limit. */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
