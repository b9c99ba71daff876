import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDigestQueue } from '../../functions/adapters/dynamodb/digest-queue.js';
import { ExclusiveWriter } from '../../functions/adapters/dynamodb/exclusive-writer.js';
import { itemKey } from '../../functions/adapters/dynamodb/table-definition.js';
import type { DigestQueue } from '../../functions/core/ports.js';
import type { DigestEntry } from '../../functions/core/subscribers/digest-entry.js';
import { freshTables } from '../support/fresh-tables.js';
import { MemoryDigestQueue } from '../support/memory-ports.js';

const { db, table: freshTable } = freshTables('digests');

/** The contract of a digest queue, on the map the core's tests use and on the table with either writer. */
const QUEUES: [string, () => Promise<{ queue: DigestQueue; table?: string }>][] = [
  ['the in-memory queue', async () => ({ queue: new MemoryDigestQueue() })],
  [
    'DynamoDigestQueue, conditional puts (AWS)',
    async () => {
      const table = await freshTable();
      return { queue: new DynamoDigestQueue(db().client, table), table };
    },
  ],
  [
    'DynamoDigestQueue, batched puts (embedded store)',
    async () => {
      const table = await freshTable();
      return { queue: new DynamoDigestQueue(db().client, table, new ExclusiveWriter(db().client, table)), table };
    },
  ],
];

const entry = (articleId: string, queuedAt: string, over: Partial<DigestEntry> = {}): DigestEntry => ({
  storyId: articleId,
  articleId,
  title: 'Bridge at Deir Ezzor hit again',
  outlet: 'South Front',
  published: '',
  url: '',
  watches: ['Deir Ezzor'],
  sentence: '',
  found: 'Deir Ezzor',
  mentions: 3,
  also: [],
  queuedAt,
  ...over,
});
const SUB = '0c2074a87dae90ee';
const AT = '2026-11-29T10:00:00.000Z';

describe.each(QUEUES)('the digest queue contract: %s', (_label, open) => {
  it('gives back what was queued before a time, the first queued first, each subscriber their own', async () => {
    const { queue } = await open();
    await queue.enqueue(SUB, entry('b', '2026-11-29T10:00:00.000Z', { copy: true, also: ['Global Research'] }), AT);
    await queue.enqueue(SUB, entry('a', '2026-11-29T09:00:00.000Z'), AT);
    await queue.enqueue(SUB, entry('c', '2026-11-30T08:00:00.000Z'), AT);
    await queue.enqueue('ffffffffffffffff', entry('d', '2026-11-29T09:30:00.000Z'), AT);
    const waiting = await queue.waiting(SUB, '2026-11-30T07:00:00.000Z');
    expect(waiting).toEqual([
      entry('a', '2026-11-29T09:00:00.000Z'),
      entry('b', '2026-11-29T10:00:00.000Z', { copy: true, also: ['Global Research'] }),
    ]);
  });

  it('queues an article once per subscriber, keeping the first time it was queued', async () => {
    const { queue } = await open();
    await queue.enqueue(SUB, entry('a', '2026-11-29T09:00:00.000Z'), AT);
    await queue.enqueue(SUB, entry('a', '2026-11-29T11:00:00.000Z'), AT);
    expect((await queue.waiting(SUB, '2026-12-01T00:00:00.000Z')).map((e) => e.queuedAt)).toEqual([
      '2026-11-29T09:00:00.000Z',
    ]);
  });

  it('takes entries out for good: a taken article is not queued again', async () => {
    const { queue } = await open();
    await queue.enqueue(SUB, entry('a', '2026-11-29T09:00:00.000Z'), AT);
    await queue.enqueue(SUB, entry('b', '2026-11-29T09:10:00.000Z'), AT);
    await queue.take(SUB, ['a'], '2026-11-30T07:00:00.000Z');
    await queue.enqueue(SUB, entry('a', '2026-11-30T08:00:00.000Z'), AT);
    expect((await queue.waiting(SUB, '2026-12-01T00:00:00.000Z')).map((e) => e.articleId)).toEqual(['b']);
  });
});

describe('DynamoDigestQueue', () => {
  it('lets the table forget waiting and taken entries by its TTL, in whole epoch seconds', async () => {
    const table = await freshTable();
    const queue = new DynamoDigestQueue(db().client, table);
    await queue.enqueue(SUB, entry('a', AT), AT);
    const read = async () =>
      (
        await db().client.send(
          new GetItemCommand({ TableName: table, Key: { pk: { S: itemKey.digestEntry(SUB, 'a') } } }),
        )
      ).Item;
    expect((await read())?.['expiresAt']?.N).toBe(String(Date.parse(AT) / 1000 + 15 * 86_400));
    await queue.take(SUB, ['a'], '2026-11-30T07:00:00.000Z');
    const taken = await read();
    expect(taken?.['expiresAt']?.N).toBe(String(Date.parse('2026-11-30T07:00:00.000Z') / 1000 + 30 * 86_400));
    expect(taken?.['dueShard']).toBeUndefined();
  });

  it('reads a queue longer than one page of the index', async () => {
    const table = await freshTable();
    const queue = new DynamoDigestQueue(db().client, table);
    const sentence = 'x'.repeat(2_000);
    const ids = Array.from({ length: 600 }, (_, i) => `a${String(i).padStart(3, '0')}`);
    for (const id of ids) await queue.enqueue(SUB, entry(id, `${AT.slice(0, 17)}00.${id.slice(1)}Z`, { sentence }), AT);
    expect((await queue.waiting(SUB, '2026-12-01T00:00:00.000Z')).map((e) => e.articleId)).toEqual(ids);
  });
});
