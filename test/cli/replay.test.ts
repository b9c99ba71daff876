import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedwatch, jsonLines } from '../support/run-cli.js';
import { SEED_FILES, SEEDS_DIR } from '../support/seeds.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'feedwatch-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('feedwatch replay --json', () => {
  it('prints one article line per seed and one alert line per alerted seed', async () => {
    const store = join(work, 'store-json');
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json', '--watch', 'Deir Ezzor']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    const articles = lines.filter((l) => l['type'] === 'article');
    expect(articles).toHaveLength(5);
    expect(articles.map((a) => a['new'])).toEqual([true, true, true, true, true]);
    expect(articles[3]).toMatchObject({
      type: 'article',
      file: join(SEEDS_DIR, SEED_FILES[3] as string),
      title: 'Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State in Raqqa Province',
      outlet: 'Global Research',
      published: '2017-06-06',
      new: true,
    });
    expect(articles[3]?.['id']).toMatch(/^[0-9a-f]{16}$/);
    const alerts = lines.filter((l) => l['type'] === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      type: 'alert',
      file: join(SEEDS_DIR, SEED_FILES[3] as string),
      watches: ['Deir Ezzor'],
      places: ['Deir Ezzor'],
      actors: [],
    });
    expect(String(alerts[0]?.['text'])).toContain('> The liberation of Maskanah also opens additional opportunities');
    expect(lines.at(-1)).toMatchObject({ type: 'summary', files: 5, stored: 5, known: 0, alerts: 1, skipped: 0 });

    const outbox = (await readFile(join(store, 'outbox.jsonl'), 'utf8')).trim().split('\n');
    expect(outbox).toHaveLength(1);
    expect(JSON.parse(outbox[0] as string)).toMatchObject({
      messageId: alerts[0]?.['messageId'],
      attributes: { watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor"]' } },
    });
  });

  it('stores and alerts nothing on a second replay into the same store', async () => {
    const store = join(work, 'store-twice');
    await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json']);
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json']);
    const lines = jsonLines(r.stdout);
    expect(lines.filter((l) => l['type'] === 'article').map((a) => a['new'])).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(lines.filter((l) => l['type'] === 'alert')).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ stored: 0, known: 5, alerts: 0 });
  });

  it('alerts every seed with the default watch list', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', 'memory', '--json']);
    const alerts = jsonLines(r.stdout).filter((l) => l['type'] === 'alert');
    expect(alerts).toHaveLength(5);
    for (const alert of alerts) expect(alert['watches']).toContain('ISIS');
  });
});

describe('feedwatch replay, human output', () => {
  it('prints what was stored and the text a subscriber receives', async () => {
    const r = await feedwatch([
      'replay',
      join(SEEDS_DIR, SEED_FILES[3] as string),
      '--store',
      'memory',
      '--watch',
      'deir ez-zor',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stored ');
    expect(r.stdout).toContain('alert: Deir Ezzor');
    expect(r.stdout).toContain('Subject: Deir Ezzor: Video: ISIS Maskanah Stronghold Liberated');
    expect(r.stdout).toContain('1 files: 1 stored, 0 already stored, 1 alerts sent, 0 skipped.');
  });

  it('says when a watch is not in the list and matches it literally', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', 'memory', '--watch', 'Panorama roundabout', '--json']);
    expect(r.stderr).toContain('"Panorama roundabout" is not in the watch list; matching it as a literal name');
    const alerts = jsonLines(r.stdout).filter((l) => l['type'] === 'alert');
    expect(alerts.map((a) => a['watches'])).toEqual([['Panorama roundabout']]);
  });
});

describe('bad input', () => {
  it('stops with a one-line error and a non-zero exit for a missing path', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, join(work, 'nope.txt'), '--store', 'memory']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([`feedwatch: no such file or directory: ${join(work, 'nope.txt')}`]);
    expect(r.stdout).toBe('');
  });

  it('reports and skips empty, binary and non-UTF-8 files, and stores the rest', async () => {
    const dir = join(work, 'mixed');
    await mkdir(dir, { recursive: true });
    for (const f of SEED_FILES) await copyFile(join(SEEDS_DIR, f), join(dir, f));
    await writeFile(join(dir, '100_empty.txt'), '\n\n  \n');
    await writeFile(join(dir, '101_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, '102_latin1.txt'), Buffer.from('Caf\xe9 \xe0 Raqqa', 'latin1'));
    const r = await feedwatch(['replay', dir, '--store', 'memory', '--json']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.filter((l) => l['type'] === 'skipped')).toEqual([
      { type: 'skipped', file: join(dir, '100_empty.txt'), error: 'empty file' },
      { type: 'skipped', file: join(dir, '101_binary.txt'), error: 'binary file (contains NUL bytes)' },
      { type: 'skipped', file: join(dir, '102_latin1.txt'), error: 'not UTF-8 text' },
    ]);
    expect(lines.filter((l) => l['type'] === 'article')).toHaveLength(5);
    expect(lines.filter((l) => l['type'] === 'alert')).toHaveLength(5);
    expect(r.stderr).toContain(`feedwatch: skipped ${join(dir, '100_empty.txt')}: empty file`);
  });

  it('refuses a store folder it cannot write before any work', async () => {
    const file = join(work, 'plain-file');
    await writeFile(file, 'x');
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', join(file, 'store')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe(`feedwatch: store folder ${join(file, 'store')} is not writable (ENOTDIR)`);
    expect(r.stdout).toBe('');
  });

  it('refuses an outbox it cannot write before any work', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', 'memory', '--outbox', work]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`feedwatch: outbox ${work} is not writable (EISDIR)`);
    expect(r.stdout).toBe('');
  });

  it('reports an unreadable file (a symbolic link loop) and goes on', async () => {
    const dir = join(work, 'looped');
    await mkdir(dir, { recursive: true });
    await copyFile(join(SEEDS_DIR, SEED_FILES[3] as string), join(dir, 'a.txt'));
    await symlink('b.txt', join(dir, 'b.txt'));
    const r = await feedwatch(['replay', dir, '--store', 'memory', '--json']);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.filter((l) => l['type'] === 'skipped')).toEqual([
      { type: 'skipped', file: join(dir, 'b.txt'), error: 'unreadable (ELOOP)' },
    ]);
    expect(out.filter((l) => l['type'] === 'article')).toHaveLength(1);
  });

  it('rejects a --watch with nothing to match', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', 'memory', '--watch', '---']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('feedwatch: --watch "---" has no letters or digits to match');
  });

  it('does not alert articles stored before when the watch list changes', async () => {
    const store = join(work, 'store-watch-change');
    await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json', '--watch', 'Deir Ezzor']);
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json']);
    const out = jsonLines(r.stdout);
    expect(out.filter((l) => l['type'] === 'alert')).toEqual([]);
    expect(out.filter((l) => l['type'] === 'article').map((a) => a['alerted'])).toEqual([
      'no',
      'no',
      'no',
      'before',
      'no',
    ]);
  });

  it('rejects an unknown option with a usage hint', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--bogus']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("unknown option '--bogus'");
  });
});
