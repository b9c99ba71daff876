import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriberId } from '../../functions/core/subscribers/subscriber-id.js';
import { feedwatch, jsonLines } from '../support/run-cli.js';
import { SEEDS_DIR } from '../support/seeds.js';

let work: string;
let config: string;
let store: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'feedwatch-digest-'));
  config = join(work, 'ops.json');
  store = join(work, 'store');
  await writeFile(
    config,
    JSON.stringify({
      feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
      subscribers: [
        { email: 'desk@example.org', watches: ['Deir Ezzor'] },
        { email: 'analyst@example.org', watches: ['Deir Ezzor', 'Raqqa'], delivery: 'daily', at: '07:00' },
      ],
    }),
  );
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('feedwatch replay and digest for a daily subscriber', () => {
  let queued: Record<string, unknown>[] = [];

  it('replay queues their stories, alerts the immediate subscriber, and counts both', async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--config', config, '--store', store, '--json']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    queued = lines.filter((l) => l['type'] === 'queued');
    expect(queued.length).toBeGreaterThan(0);
    for (const q of queued)
      expect(q).toMatchObject({ subscriber: 'analyst@example.org', delivery: 'daily', id: expect.any(String) });
    expect(lines.filter((l) => l['type'] === 'alert').every((a) => a['subscriber'] === 'desk@example.org')).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', queued: queued.length, digests: 0, alertFailures: 0 });
  });

  it('digest --now sends nothing before their period ends', async () => {
    const r = await feedwatch([
      'digest',
      '--config',
      config,
      '--store',
      store,
      '--now',
      '2020-01-01T07:00:00Z',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).filter((l) => l['type'] === 'digest')).toEqual([]);
  });

  it('digest --now sends one digest listing every queued story, and nothing the second time', async () => {
    const now = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const r = await feedwatch(['digest', '--config', config, '--store', store, '--now', now, '--json']);
    expect(r.code).toBe(0);
    const digests = jsonLines(r.stdout).filter((l) => l['type'] === 'digest');
    expect(digests).toHaveLength(1);
    const [d] = digests;
    expect(new Set(d?.['ids'] as string[])).toEqual(new Set(queued.map((q) => q['id'])));
    expect(String(d?.['subject'])).toMatch(
      /^(Deir Ezzor|Raqqa)(, (Deir Ezzor|Raqqa))?: \d+ new stor(y|ies), daily digest, /,
    );
    expect(d?.['attributes']).toMatchObject({
      subscriber: { DataType: 'String', StringValue: subscriberId('analyst@example.org') },
    });
    expect(String(d?.['text'])).toContain('feedwatch daily digest for analyst@example.org');
    expect(jsonLines(r.stdout).at(-1)).toMatchObject({ type: 'summary', digests: 1, digestFailures: 0 });
    const outbox = (await readFile(join(store, 'outbox.jsonl'), 'utf8')).trim().split('\n');
    expect(JSON.parse(outbox.at(-1) ?? '{}')).toMatchObject({ subject: d?.['subject'], text: d?.['text'] });

    const again = await feedwatch(['digest', '--config', config, '--store', store, '--now', now, '--json']);
    expect(again.code).toBe(0);
    expect(jsonLines(again.stdout).filter((l) => l['type'] === 'digest')).toEqual([]);
    expect(jsonLines(again.stdout).at(-1)).toMatchObject({ digests: 0 });
  });

  it('refuses a --now that is not a time', async () => {
    const r = await feedwatch(['digest', '--config', config, '--store', 'memory', '--now', 'tomorrow']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('feedwatch: --now takes an ISO time such as 2026-11-30T07:00:00Z, not "tomorrow"\n');
  });
});
