import ipaddr from 'ipaddr.js';

/** Cloud metadata endpoints: refused even when private addresses are allowed. */
const METADATA = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/** Ranges a fetch of an operator-typed URL must never reach (ipaddr.js range names). */
const ALWAYS_REFUSED = new Set([
  'unspecified',
  'multicast',
  'broadcast',
  'reserved',
  'ipv4Mapped',
  'rfc6052',
  'rfc6145',
  '6to4',
  'teredo',
  'carrierGradeNat',
]);
/** Ranges a local run may reach with --allow-private (loopback test servers, a LAN feed). */
const PRIVATE = new Set(['loopback', 'private', 'linkLocal', 'uniqueLocal']);

export interface AddressPolicy {
  /** Let loopback, private and link-local addresses through (the metadata address stays refused). */
  allowPrivate?: boolean;
  /** Exact addresses let through whatever their range (a known internal feed; tests). */
  allowAddresses?: readonly string[];
}

/** Why an address is refused, or undefined when it may be reached. */
export function refusal(address: string, policy: AddressPolicy = {}): string | undefined {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return `not an IP address: ${address}`;
  }
  const text = ip.toNormalizedString();
  const canonical = ip.kind() === 'ipv6' ? ip.toString() : text;
  if (METADATA.has(canonical) || METADATA.has(text)) return `cloud metadata address ${address}`;
  if (policy.allowAddresses?.includes(canonical) || policy.allowAddresses?.includes(address)) return undefined;
  const range = ip.range();
  // NAT64 local-use prefix (RFC 8215) is not one of ipaddr.js's ranges.
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).match(ipaddr.IPv6.parse('64:ff9b:1::'), 48))
    return `NAT64 address ${address}`;
  if (ALWAYS_REFUSED.has(range)) return `${range} address ${address}`;
  if (PRIVATE.has(range) && !policy.allowPrivate) return `${range} address ${address}`;
  return undefined;
}

/** True for an IP literal host (as the URL parser writes it: IPv6 in brackets). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}
