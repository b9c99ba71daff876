import { describe, expect, it } from 'vitest';
import { DynamoSweepQueue } from '../../functions/adapters/dynamodb/sweep-queue.js';
import type { SweepQueue } from '../../functions/core/ports.js';
import { freshTables } from '../support/fresh-tables.js';
import { MemorySweepQueue } from '../support/memory-ports.js';
import { readItem } from '../support/table-items.js';

const { db, table } = freshTables('sweep');

const QUEUES: [string, () => Promise<SweepQueue>][] = [
  ['the in-memory marks', async () => new MemorySweepQueue()],
  ['DynamoSweepQueue (dynalite)', async () => new DynamoSweepQueue(db().client, await table())],
];

describe.each(QUEUES)('the sweep queue contract: %s', (_label, open) => {
  it('gives the articles due by a time, the earliest first, at most a limit, until each is done', async () => {
    const queue = await open();
    await queue.mark('late', '2026-11-29T12:30:00.000Z');
    await queue.mark('b', '2026-11-29T12:20:00.000Z');
    await queue.mark('a', '2026-11-29T12:15:00.000Z');
    await queue.mark('c', '2026-11-29T12:25:00.000Z');
    expect(await queue.due('2026-11-29T12:25:00.000Z', 10)).toEqual(['a', 'b', 'c']);
    expect(await queue.due('2026-11-29T12:25:00.000Z', 2)).toEqual(['a', 'b']);
    await queue.done('a');
    expect(await queue.due('2026-11-29T13:00:00.000Z', 10)).toEqual(['b', 'c', 'late']);
  });
});

describe('DynamoSweepQueue', () => {
  it('keeps a mark two days past its time at most, by the TTL', async () => {
    const name = await table();
    await new DynamoSweepQueue(db().client, name).mark('a', '2026-11-29T12:15:00.000Z');
    expect(await readItem(db().client, name, 'SWEEP#a')).toMatchObject({
      type: 'sweep-mark',
      expiresAt: Date.parse('2026-11-29T12:15:00.000Z') / 1000 + 2 * 86_400,
    });
  });
});
