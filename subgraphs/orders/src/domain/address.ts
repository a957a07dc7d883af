import { userError, type OrderUserError } from './errors';

/** A shipping address as checkout stores it: trimmed, country upper-cased. */
export interface ShippingAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface ShippingAddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

const MAX_LENGTH = 200;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Region codes CLDR names that are not countries one can ship to. */
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

/** True for an assigned ISO 3166-1 alpha-2 code ("US", "DE"); not for "ZZ", "XX", "EU" or "usa". */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** Checks an address the way a checkout form would; the first problem found, with its field. */
export function validateAddress(
  input: ShippingAddressInput,
  fieldPrefix = 'shippingAddress',
): { ok: true; address: ShippingAddress } | { ok: false; error: OrderUserError } {
  const bad = (field: keyof ShippingAddressInput, message: string) => ({
    ok: false as const,
    error: userError('INVALID_ADDRESS', message, `${fieldPrefix}.${field}`),
  });
  const address: ShippingAddress = {
    name: input.name.trim(),
    line1: input.line1.trim(),
    line2: input.line2?.trim() || null,
    city: input.city.trim(),
    postalCode: input.postalCode.trim(),
    country: input.country.trim().toUpperCase(),
  };
  for (const field of ['name', 'line1', 'city', 'postalCode'] as const) {
    if (!address[field]) return bad(field, `The ${field} of the shipping address is required.`);
  }
  for (const field of ['name', 'line1', 'line2', 'city'] as const) {
    if ((address[field]?.length ?? 0) > MAX_LENGTH) return bad(field, `The ${field} of the shipping address is longer than ${MAX_LENGTH} characters.`);
  }
  if (!POSTAL_CODE.test(address.postalCode)) return bad('postalCode', 'The postal code is not valid.');
  if (!isCountryCode(address.country)) return bad('country', 'The country must be an ISO 3166-1 alpha-2 code such as US or DE.');
  return { ok: true, address };
}
