import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server.js';
import { feedwatch, jsonLines } from '../support/run-cli.js';

let server: FixtureServer;
let work: string;
let relative: string;
let latin: string;
let notAFeed: string;
beforeAll(async () => {
  server = await startFixtureServer();
  work = await mkdtemp(join(tmpdir(), 'feedwatch-feed-'));
  relative = join(work, 'relative.xml');
  await writeFile(
    relative,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Raqqa desk</title>
      <item><title>SDF reach &lt;b&gt;Tabqa&lt;/b&gt;</title><link>/2017/tabqa</link><guid isPermaLink="false">tabqa-1</guid>
        <pubDate>Tue, 06 Jun 2017 14:05:00 CEST</pubDate><description>Short &lt;a href="map.png"&gt;map&lt;/a&gt;</description></item>
      <item><title>No address</title><description>An item a reader shows but the poller cannot fetch</description></item>
    </channel></rss>`,
  );
  // windows-1252 bytes and no encoding in the declaration: only the header says which.
  latin = join(work, 'latin.xml');
  await writeFile(
    latin,
    Buffer.concat([
      Buffer.from('<rss version="2.0"><channel><title>D', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from('p', 'latin1'),
      Buffer.from([0xea]),
      Buffer.from('ches</title></channel></rss>', 'latin1'),
    ]),
  );
  notAFeed = join(work, 'moved.html');
  await writeFile(notAFeed, '<!DOCTYPE html><html><body>Document moved</body></html>');
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('feedwatch feed', () => {
  it('prints a file as the poller reads it, its links resolved against --url, in the JSON lines contract', async () => {
    const r = await feedwatch(['feed', relative, '--url', 'https://news.example/rss/world.xml', '--json']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toEqual([
      { type: 'feed', file: relative, url: 'https://news.example/rss/world.xml', title: 'Raqqa desk', items: 1 },
      {
        type: 'item',
        feed: 'https://news.example/rss/world.xml',
        title: 'SDF reach Tabqa',
        url: 'https://news.example/2017/tabqa',
        id: 'tabqa-1',
        published: '2017-06-06T12:05:00.000Z',
        updated: null,
        summary: 'Short <a href="https://news.example/rss/map.png">map</a>',
        content: null,
      },
    ]);
    expect(r.stderr).toContain(`${relative}: entry 2 "No address" left out: no web address`);
  });

  it('decodes a file by the --content-type it came with', async () => {
    const r = await feedwatch(['feed', latin, '--content-type', 'text/xml; charset=windows-1252', '--json']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ type: 'feed', title: 'Dépêches', items: 0 });
  });

  it('fetches a URL through the guarded fetcher and lists its items as text', async () => {
    const r = await feedwatch(['feed', `${server.base}/gr/feed`, '--allow-private']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`Global Research <${server.base}/gr/feed>\n3 items`)).toBe(true);
    expect(r.stdout).toContain(`     ${server.base}/gr/seed-000\n`);
  });

  it('refuses a loopback URL without --allow-private, as the poller does', async () => {
    const r = await feedwatch(['feed', `${server.base}/gr/feed`, '--json']);
    expect(r.code).toBe(2);
    expect(jsonLines(r.stdout)).toEqual([
      {
        type: 'feed-error',
        file: `${server.base}/gr/feed`,
        error: expect.stringContaining(new URL(server.base).hostname),
      },
    ]);
  });

  it('reports each input that is not a feed, goes on with the rest, and exits 2', async () => {
    const missing = join(work, 'missing.xml');
    const r = await feedwatch(['feed', notAFeed, missing, relative, '--json']);
    expect(r.code).toBe(2);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l['type'], l['file'] ?? l['feed']])).toEqual([
      ['feed-error', notAFeed],
      ['feed-error', missing],
      ['feed', relative],
    ]);
    expect(lines[0]?.['error']).toMatch(/is an HTML page, not a feed/);
    expect(lines[1]?.['error']).toMatch(/ENOENT/);
    // Without --url the relative link has no base: the entry is left out, and said so.
    expect(lines[2]).toMatchObject({ url: null, items: 0 });
  });

  it('says a bad --url and exits 1', async () => {
    const r = await feedwatch(['feed', relative, '--url', 'ftp://example.org/feed']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('feedwatch: --url ftp://example.org/feed is not an http(s) URL\n');
  });
});
