import { BlockList, isIP } from 'node:net';

/** Addresses a production webhook may not point at: loopback, private, link-local (cloud metadata), CGNAT, unspecified, multicast. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is checked as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Checks a target URL as written (registration, and again before each attempt with the addresses
 * its host resolves to). With `allowInsecure` false (production default) only https is accepted
 * and no address may be private; otherwise http and local receivers are fine (development).
 * Returns the reason it is refused, or null.
 */
export function refuseTarget(url: string, allowInsecure: boolean, resolved: string[] = []): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The target URL is not a valid absolute URL.';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'The target URL must be http or https.';
  if (parsed.username || parsed.password) return 'The target URL may not carry credentials; the signature authenticates deliveries.';
  if (url.length > 2000) return 'The target URL is longer than 2000 characters.';
  if (allowInsecure) return null;
  if (parsed.protocol !== 'https:') return 'The target URL must use https.';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'The target may not be a private or loopback address.';
  if ([host, ...resolved].some(isPrivateAddress)) return 'The target may not be a private or loopback address.';
  return null;
}
