import { mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedwatch, jsonLines } from '../support/run-cli.js';
import { SEEDS_DIR } from '../support/seeds.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'feedwatch-replay-store-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Overwrites 200 bytes in the middle of the store's LevelDB log, as a stray write would. */
async function damageLog(store: string): Promise<void> {
  const folder = join(store, 'dynamodb');
  const log = (await readdir(folder)).find((name) => name.endsWith('.log')) ?? '';
  const file = await open(join(folder, log), 'r+');
  const { size } = await stat(join(folder, log));
  await file.write(Buffer.alloc(200, 0x41), 0, 200, Math.floor(size / 2));
  await file.close();
}

describe('feedwatch replay and its store', () => {
  // Regression: a damaged log was silently dropped and every seed alerted again.
  it('refuses a damaged store and names --repair, which then keeps what can be read', async () => {
    const store = join(work, 'damaged');
    expect((await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json'])).code).toBe(0);
    await damageLog(store);
    const refused = await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--repair');
    expect(refused.stdout).toBe('');
    const repaired = await feedwatch(['replay', SEEDS_DIR, '--store', store, '--json', '--repair']);
    expect(repaired.code).toBe(0);
  });

  it('stores but does not alert articles older than --max-age; an undated one counts as new', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', 'memory', '--json', '--max-age', '3 days']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.find((l) => l['type'] === 'summary')).toMatchObject({ files: 5, stored: 5, alerts: 1 });
    const articles = lines.filter((l) => l['type'] === 'article');
    expect(articles.filter((l) => l['tooOld'] === true).map((l) => l['published'])).toEqual([
      '2016-06-04',
      '2017-06-03',
      '2017-06-06',
      '2016-03-09',
    ]);
    expect(articles.find((l) => l['published'] === '')).toMatchObject({ alerted: 'now' });
  });

  it('refuses a --max-age it cannot read', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--store', 'memory', '--max-age', 'soon']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--max-age must read like "3 days"');
  });
});
