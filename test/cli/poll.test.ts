import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedwatch, jsonLines } from '../support/run-cli.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

let server: FixtureServer;
let work: string;
let config: string;
beforeAll(async () => {
  server = await startFixtureServer();
  work = await mkdtemp(join(tmpdir(), 'feedwatch-poll-'));
  config = join(work, 'ops.json');
  await writeFile(
    config,
    JSON.stringify({
      feeds: [
        { url: `${server.base}/gr/feed`, profile: 'global-research', outlet: 'Global Research' },
        { url: `${server.base}/other/feed` },
        { url: `${server.base}/500` },
      ],
      watches: ['Deir Ezzor', 'Marea', 'Tabqa'],
      // The fixture outlet's items are from 2016 and 2017: an alert window that reaches them.
      maxAlertAge: '5000 days',
    }),
  );
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('feedwatch poll against a loopback outlet', () => {
  it('stores every article once, alerts on watches, and fetches no page again on the second poll', async () => {
    const store = join(work, 'store');
    const first = await feedwatch(['poll', '--config', config, '--store', store, '--json', '--allow-private']);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain(`feedwatch: feed ${server.base}/500 failed: ${server.base}/500 answered HTTP 500`);
    const out = jsonLines(first.stdout);
    const articles = out.filter((l) => l['type'] === 'article');
    expect(articles.map((a) => [a['url'], a['new']]).sort()).toEqual([
      [`${server.base}/gone`, true],
      [`${server.base}/gr/seed-000`, true],
      [`${server.base}/gr/seed-002`, true],
    ]);
    expect(articles.find((a) => a['url'] === `${server.base}/gr/seed-000`)).toMatchObject({
      title: 'Syria and Iraq: The ISIS Terror Group Launches Full Scale Advance',
      outlet: 'Mondialisation.ca',
      published: '2016-06-04',
      fromFeedContent: false,
    });
    expect(articles.find((a) => a['url'] === `${server.base}/gone`)).toMatchObject({
      fromFeedContent: true,
      outlet: 'Global Research',
      published: '2017-06-03',
    });
    const alerts = out.filter((l) => l['type'] === 'alert');
    expect(alerts.map((a) => [a['url'], a['watches']]).sort()).toEqual([
      [`${server.base}/gone`, ['Deir Ezzor']],
      [`${server.base}/gr/seed-000`, ['Marea', 'Tabqa']],
      [`${server.base}/gr/seed-002`, ['Tabqa']],
    ]);
    expect(
      out
        .filter((l) => l['type'] === 'feed')
        .map((f) => [f['url'], f['status']])
        .sort(),
    ).toEqual([
      [`${server.base}/500`, 'failed'],
      [`${server.base}/gr/feed`, 'ok'],
      [`${server.base}/other/feed`, 'ok'],
    ]);
    expect(server.hits.get('/gr/seed-002')).toBe(1);

    const pagesBefore = ['/gr/seed-002', '/gr/seed-000', '/gone'].map((p) => server.hits.get(p) ?? 0);
    const second = await feedwatch(['poll', '--config', config, '--store', store, '--json', '--allow-private']);
    const again = jsonLines(second.stdout);
    expect(again.filter((l) => l['type'] === 'article')).toEqual([]);
    expect(again.filter((l) => l['type'] === 'alert')).toEqual([]);
    expect(again.find((l) => l['type'] === 'feed' && l['url'] === `${server.base}/gr/feed`)).toMatchObject({
      status: 'not-modified',
    });
    expect(['/gr/seed-002', '/gr/seed-000', '/gone'].map((p) => server.hits.get(p) ?? 0)).toEqual(pagesBefore);
    expect(again.at(-1)).toMatchObject({ type: 'summary', stored: 0, known: 1, alerts: 0 });
  });

  it('polls a --feed given on the command line', async () => {
    const r = await feedwatch([
      'poll',
      '--feed',
      `${server.base}/other/feed`,
      '--store',
      'memory',
      '--json',
      '--allow-private',
      '--watch',
      'Tabqa',
    ]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    const article = lines.find((l) => l['type'] === 'article');
    // Regression: the first poll of a feed alerted its whole backlog; the built-in window is 3 days.
    expect(article).toMatchObject({
      url: `${server.base}/gr/seed-002`,
      new: true,
      watches: ['Tabqa'],
      alerted: 'no',
      tooOld: true,
    });
    expect(lines.filter((l) => l['type'] === 'alert')).toEqual([]);
  });

  it('refuses loopback feeds without --allow-private, and says why', async () => {
    const r = await feedwatch(['poll', '--feed', `${server.base}/gr/feed`, '--store', 'memory', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`refused ${server.base}/gr/feed: loopback address ${server.host}`);
  });

  it('rejects a --feed that is not an http(s) URL with one line', async () => {
    const r = await feedwatch(['poll', '--feed', 'file:///etc/passwd', '--store', 'memory']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('feedwatch: --feed file:///etc/passwd is not an http(s) URL');
  });

  it('names the bad field of a malformed config', async () => {
    const bad = join(work, 'bad.json');
    await writeFile(bad, JSON.stringify({ feeds: [{ url: 'https://ok.example/feed', profil: 'x' }] }));
    const r = await feedwatch(['poll', '--config', bad, '--store', 'memory']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('feeds[0]: Unrecognized key: "profil"');
  });
});

describe('feedwatch normalize', () => {
  it('prints the marked normal form of a Global Research page', async () => {
    const r = await feedwatch([
      'normalize',
      resolve('test/fixtures/global-research/seed-000-fr.html'),
      '--url',
      'https://www.mondialisation.ca/syria/5528500',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '# Syria and Iraq: The ISIS Terror Group Launches Full Scale Advance\n\nPar [South Front](#)\n\nMondialisation.ca, 04 juin 2016\n\n[South Front](#) 3 juin 2016\n\nRégion : [Middle East & North Africa](#)',
    );
  });

  it('prints one Article per file with --json, with its file and body', async () => {
    const files = [
      resolve('test/fixtures/global-research/seed-002-en.html'),
      resolve('test/fixtures/global-research/seed-000-fr.html'),
    ];
    const r = await feedwatch(['normalize', ...files, '--json']);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => [a['file'], a['title'], (a['body'] as string[]).length])).toEqual([
      [files[0], 'Breaking: ISIS Retreat, Syrian Army Advances in Eastern Aleppo and Southeastern Desert', 12],
      [files[1], 'Syria and Iraq: The ISIS Terror Group Launches Full Scale Advance', 3],
    ]);
  });

  it('stops with one line for a missing page', async () => {
    const r = await feedwatch(['normalize', 'no-such-page.html']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('feedwatch: no such file or directory: no-such-page.html');
  });
});
