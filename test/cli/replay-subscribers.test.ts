import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriberId } from '../../functions/core/subscribers/subscriber-id.js';
import { feedwatch, jsonLines } from '../support/run-cli.js';
import { SEEDS_DIR } from '../support/seeds.js';

let work: string;
let config: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'feedwatch-subscribers-'));
  config = join(work, 'ops.json');
  await writeFile(
    config,
    JSON.stringify({
      feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
      subscribers: [
        { email: 'desk@example.org', watches: ['Deir Ezzor'] },
        { email: 'analyst@example.org', watches: ['Daesh', { name: 'Manbij', aliases: ['Menbij'] }] },
      ],
    }),
  );
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('feedwatch replay --config with subscribers', () => {
  it("prints one alert line per alert and subscriber, about that subscriber's own watches", async () => {
    const r = await feedwatch(['replay', SEEDS_DIR, '--config', config, '--store', 'memory', '--json']);
    expect(r.code).toBe(0);
    const alerts = jsonLines(r.stdout).filter((l) => l['type'] === 'alert');
    const desk = alerts.filter((a) => a['subscriber'] === 'desk@example.org');
    expect(desk.length).toBeGreaterThan(0);
    for (const a of desk) {
      expect(a['watches']).toEqual(['Deir Ezzor']);
      expect(String(a['subject'])).toMatch(/^Deir Ezzor: /);
      expect(a['attributes']).toEqual({
        subscriber: { DataType: 'String', StringValue: subscriberId('desk@example.org') },
        watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor"]' },
      });
      expect(a).toMatchObject({ also: [], file: expect.stringMatching(/^.*seeds\//) });
    }
    const analyst = alerts.filter((a) => a['subscriber'] === 'analyst@example.org');
    expect(analyst.every((a) => (a['watches'] as string[]).every((w) => ['ISIS', 'Manbij'].includes(w)))).toBe(true);
    expect(alerts.every((a) => ['desk@example.org', 'analyst@example.org'].includes(String(a['subscriber'])))).toBe(
      true,
    );
    const summary = jsonLines(r.stdout).find((l) => l['type'] === 'summary');
    expect(summary?.['alerts']).toBe(alerts.length);
  });
});
