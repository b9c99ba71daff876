import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../functions/adapters/http/address-policy.js';
import { decodeBody, decodeFeedBody } from '../../functions/adapters/http/decode-body.js';
import { createGuardedFetcher, FetchError, type GuardedFetcher } from '../../functions/adapters/http/guarded-fetch.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

let server: FixtureServer;
let fetcher: GuardedFetcher;
beforeAll(async () => {
  server = await startFixtureServer();
  // Only the fixture server's address is let through: everything else on loopback stays refused.
  fetcher = createGuardedFetcher({
    allowAddresses: [server.host],
    totalTimeoutMs: 2_000,
    idleTimeoutMs: 1_000,
    maxBytes: 1024 * 1024,
  });
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('conditional GET', () => {
  it('returns the body with its validators, then 304 when they still hold', async () => {
    const first = await fetcher.fetch(`${server.base}/gr/feed`);
    expect(first.status).toBe(200);
    expect(first.etag).toBe('"gr-feed-v1"');
    expect(first.lastModified).toBe('Sat, 03 Jun 2017 12:00:00 GMT');
    expect(first.body.toString()).toContain('<rss version="2.0">');
    const again = await fetcher.fetch(`${server.base}/gr/feed`, { etag: first.etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('redirects', () => {
  it('follows up to five', async () => {
    const r = await fetcher.fetch(`${server.base}/redirect/5`);
    expect(r.status).toBe(200);
    expect(r.url).toBe(`${server.base}/gr/feed`);
  });

  it('refuses a sixth', async () => {
    expect((await failure(fetcher.fetch(`${server.base}/redirect/6`))).code).toBe('redirects');
  });

  it('refuses a redirect to 127.0.0.1, without connecting to it', async () => {
    const e = await failure(
      fetcher.fetch(`${server.base}/redirect-to?target=${encodeURIComponent('http://127.0.0.1:9/admin')}`),
    );
    expect(e.code).toBe('blocked');
    expect(e.message).toContain('loopback address 127.0.0.1');
  });

  it('refuses a redirect to the cloud metadata address, even with private addresses allowed', async () => {
    const open = createGuardedFetcher({ allowPrivate: true });
    try {
      const e = await failure(
        open.fetch(
          `${server.base}/redirect-to?target=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`,
        ),
      );
      expect(e.code).toBe('blocked');
      expect(e.message).toContain('cloud metadata address');
    } finally {
      await open.close();
    }
  });

  it('refuses a redirect to another scheme', async () => {
    const e = await failure(
      fetcher.fetch(`${server.base}/redirect-to?target=${encodeURIComponent('file:///etc/passwd')}`),
    );
    expect(e.code).toBe('scheme');
  });
});

describe('the SSRF guard', () => {
  it.each([
    ['loopback', 'http://127.0.0.1/'],
    ['a decimal loopback', 'http://2130706433/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['private', 'http://10.0.0.1/'],
    ['link-local metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['unspecified', 'http://0.0.0.0/'],
    ['multicast', 'http://224.0.0.1/'],
    ['CGNAT', 'http://100.64.0.1/'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/'],
    ['NAT64', 'http://[64:ff9b::7f00:1]/'],
    ['IPv4-compatible IPv6 (::127.0.0.1)', 'http://[::127.0.0.1]/'],
    ['6to4 of a private address', 'http://[2002:a00:1::1]/'],
  ])('refuses a %s address before connecting', async (_label, url) => {
    expect((await failure(fetcher.fetch(url))).code).toBe('blocked');
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/feed', 'gopher://x/', 'not a url'])('refuses %s', async (url) => {
    expect((await failure(fetcher.fetch(url))).code).toBe('scheme');
  });

  it('refuses a host name that resolves to loopback', async () => {
    const e = await failure(fetcher.fetch(`http://localhost:${new URL(server.base).port}/gr/feed`));
    expect(e.code).toBe('blocked');
    expect(e.message).toMatch(/loopback address/);
  });

  it('refuses a host whose DNS answers hold any private address', async () => {
    const sneaky = createGuardedFetcher({
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
    });
    try {
      const e = await failure(sneaky.fetch('http://outlet.example/feed'));
      expect(e.code).toBe('blocked');
      expect(e.message).toContain('private address 10.0.0.7');
    } finally {
      await sneaky.close();
    }
  });

  it('lets private addresses through with allowPrivate, the metadata address excepted', () => {
    expect(refusal('127.0.0.1', { allowPrivate: true })).toBeUndefined();
    expect(refusal('192.168.1.10', { allowPrivate: true })).toBeUndefined();
    expect(refusal('169.254.169.254', { allowPrivate: true })).toMatch(/metadata/);
    expect(refusal('fd00:ec2::254', { allowPrivate: true })).toMatch(/metadata/);
    expect(refusal('93.184.216.34')).toBeUndefined();
  });
});

describe('hostile servers', () => {
  it('gives up on a slow drip at the total timeout', async () => {
    const started = Date.now();
    const e = await failure(fetcher.fetch(`${server.base}/slow`));
    expect(e.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a body over the cap', async () => {
    expect((await failure(fetcher.fetch(`${server.base}/big`))).code).toBe('too-large');
  });

  it('stops a gzip bomb at the cap after decompression', async () => {
    const e = await failure(fetcher.fetch(`${server.base}/bomb`));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('after decompression');
  });

  it.each([
    ['/404', 404],
    ['/500', 500],
  ])('reports %s as an HTTP status error', async (path, status) => {
    const e = await failure(fetcher.fetch(`${server.base}${path}`));
    expect(e.code).toBe('status');
    expect(e.status).toBe(status);
  });

  it('reports a refused connection as a network error', async () => {
    const e = await failure(createGuardedFetcher({ allowAddresses: [server.host] }).fetch(`http://${server.host}:9/`));
    expect(e.code).toBe('network');
  });
});

describe('charsets', () => {
  it('decodes windows-1252 named by the HTTP header, keeping the French apostrophe', async () => {
    const r = await fetcher.fetch(`${server.base}/cp1252-header`);
    expect(decodeBody(r.body, r.contentType)).toContain('L’armée');
  });

  it('decodes windows-1252 named only by the meta tag', async () => {
    const r = await fetcher.fetch(`${server.base}/cp1252-meta`);
    expect(decodeBody(r.body, r.contentType)).toContain('L’armée');
  });

  it('reads UTF-8 with no charset anywhere as UTF-8', () => {
    expect(decodeBody(Buffer.from('<p>Deïr ez-Zor ’</p>'))).toBe('<p>Deïr ez-Zor ’</p>');
  });

  it("trusts a feed's XML declaration over a wrong HTTP charset", async () => {
    const r = await fetcher.fetch(`${server.base}/latin1-feed`);
    expect(decodeFeedBody(r.body, r.contentType)).toContain('<title>Café d’Alep</title>');
  });
});
