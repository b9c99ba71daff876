import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { embeddedIpv4, refusal } from '../../functions/adapters/http/address-policy.js';

/** The host as the URL parser writes it, which is what the fetcher checks. */
const host = (url: string): string => new URL(url).hostname;

describe('addresses that carry an IPv4 address', () => {
  it.each([
    ['IPv4-compatible loopback', 'http://[::127.0.0.1]/', '127.0.0.1'],
    ['IPv4-compatible private', 'http://[::10.0.0.1]/', '10.0.0.1'],
    ['IPv4-compatible metadata', 'http://[::169.254.169.254]/', '169.254.169.254'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/', '127.0.0.1'],
    ['IPv4-translated loopback', 'http://[::ffff:0:127.0.0.1]/', '127.0.0.1'],
    ['NAT64 loopback', 'http://[64:ff9b::127.0.0.1]/', '127.0.0.1'],
    ['6to4 of a private address', 'http://[2002:0a00:0001::1]/', '10.0.0.1'],
    ['6to4 of loopback', 'http://[2002:7f00:1::]/', '127.0.0.1'],
    ['Teredo of a private address', 'http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/', '10.0.0.1'],
  ])('refuses a %s address, naming the IPv4 inside', (_label, url, inner) => {
    expect(host(url)).not.toContain('.');
    expect(refusal(host(url))).toContain(`(carries ${inner})`);
    expect(refusal(host(url), { allowPrivate: true })).toContain(`(carries ${inner})`);
  });

  it('refuses ::127.0.0.1 as the URL parser writes it, [::7f00:1], which ipaddr.js calls unicast', () => {
    expect(host('http://[::127.0.0.1]/')).toBe('[::7f00:1]');
    expect(ipaddr.parse('::7f00:1').range()).toBe('unicast');
    expect(refusal('[::7f00:1]')).toBe('IPv4-compatible address [::7f00:1] (carries 127.0.0.1)');
  });

  it('still reads :: and ::1 as the unspecified and loopback addresses', () => {
    expect(embeddedIpv4(ipaddr.IPv6.parse('::1'))).toBeUndefined();
    expect(refusal('::1')).toBe('loopback address ::1');
    expect(refusal('::1', { allowPrivate: true })).toBeUndefined();
    expect(refusal('::')).toBe('unspecified address ::');
  });
});

describe('ranges that are not public unicast', () => {
  it.each([
    ['site-local (deprecated)', 'fec0::1', 'deprecatedSiteLocal'],
    ['discard', '100::1', 'discard'],
    ['benchmarking', '2001:2::1', 'benchmarking'],
    ['IPv4 benchmarking', '198.18.0.1', 'reserved'],
    ['documentation', '2001:db8::1', 'reserved'],
    ['segment routing', '5f00::1', 'segmentRouting'],
    ['ORCHIDv2', '2001:20::1', 'orchid2'],
  ])('refuses a %s address', (_label, address, range) => {
    expect(refusal(address)).toBe(`${range} address ${address}`);
  });

  it('lets site-local through with allowPrivate, like unique-local', () => {
    expect(refusal('fec0::1', { allowPrivate: true })).toBeUndefined();
    expect(refusal('fd12:3456::1', { allowPrivate: true })).toBeUndefined();
  });

  it('lets public addresses through', () => {
    expect(refusal('93.184.216.34')).toBeUndefined();
    expect(refusal('2606:2800:220:1:248:1893:25c8:1946')).toBeUndefined();
    expect(refusal('[2a00:1450:4007:80e::200e]')).toBeUndefined();
  });
});
