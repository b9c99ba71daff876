import ipaddr from 'ipaddr.js';

/** Cloud metadata endpoints: refused even when private addresses are allowed. */
const METADATA = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/** Ranges a local run may reach with --allow-private (loopback test servers, a LAN feed). */
const PRIVATE = new Set(['loopback', 'private', 'linkLocal', 'uniqueLocal', 'deprecatedSiteLocal']);

export interface AddressPolicy {
  /** Let loopback, private and link-local addresses through (the metadata address stays refused). */
  allowPrivate?: boolean;
  /** Exact addresses let through whatever their range (a known internal feed; tests). */
  allowAddresses?: readonly string[];
}

const v4 = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/**
 * The IPv4 address an IPv6 one carries, for the forms that hand it to an
 * IPv4 host: IPv4-compatible (::a.b.c.d, which ipaddr.js calls unicast once
 * the URL parser has written it as ::7f00:1), IPv4-mapped and translated,
 * NAT64, 6to4 (2002:AABB:CCDD::) and Teredo (the client, its bits inverted).
 */
export function embeddedIpv4(ip: ipaddr.IPv6): string | undefined {
  const p = ip.parts;
  const at = (i: number): number => p[i] ?? 0;
  const range = ip.range();
  if (range === 'teredo') return v4(at(6) ^ 0xffff, at(7) ^ 0xffff);
  if (range === '6to4') return v4(at(1), at(2));
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return v4(at(6), at(7));
  // ::/96 less :: and ::1, which are the unspecified and loopback addresses.
  if (p.slice(0, 6).every((x) => x === 0) && (at(6) !== 0 || at(7) > 1)) return v4(at(6), at(7));
  return undefined;
}

/**
 * Why an address is refused, or undefined when it may be reached. Only
 * public unicast is let through (and the private ranges when allowed): a range
 * ipaddr.js learns to name later is refused until it is looked at here.
 */
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
  if (ip instanceof ipaddr.IPv6) {
    // An IPv4 inside an IPv6 address reaches an IPv4 host through a translator or tunnel: never let through.
    const inner = embeddedIpv4(ip);
    if (inner !== undefined) {
      const form = ip.range() === 'unicast' ? 'IPv4-compatible' : ip.range();
      return `${form} address ${address} (carries ${inner})`;
    }
    // NAT64 local-use prefix (RFC 8215) is not one of ipaddr.js's ranges.
    if (ip.match(ipaddr.IPv6.parse('64:ff9b:1::'), 48)) return `NAT64 address ${address}`;
  }
  const range = ip.range();
  if (range === 'unicast') return undefined;
  if (PRIVATE.has(range) && policy.allowPrivate) return undefined;
  return `${range} address ${address}`;
}

/** True for an IP literal host (as the URL parser writes it: IPv6 in brackets). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}
