import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRepository } from '../../functions/adapters/dynamodb/dynamo-repository.js';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { ITEM_BYTE_BUDGET } from '../../functions/adapters/dynamodb/fit-item.js';
import { TABLE_DEFINITION } from '../../functions/adapters/dynamodb/table-definition.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import type { StoredArticle } from '../../functions/core/ports.js';
import { seed } from '../support/seeds.js';

const TABLE = 'feedwatch-test';
const stored = (n: number, extra: Partial<StoredArticle> = {}): StoredArticle => ({
  ...parseNormalForm(seed(n)),
  ingestedAt: '2026-11-22T00:00:00.000Z',
  ...extra,
});

let db: EmbeddedDynamo;
beforeAll(async () => {
  db = await startEmbeddedDynamo({ tableName: TABLE });
});
afterAll(async () => {
  await db.close();
});

describe.each([
  ['conditional puts (as on AWS)', false],
  ['batched puts (the embedded store, one writer)', true],
])('DynamoRepository with %s', (_label, exclusive) => {
  const repo = () => new DynamoRepository(db.client, TABLE, { exclusive });
  const article = (n: number) => stored(n, { id: `${exclusive ? 'x' : 'c'}-${parseNormalForm(seed(n)).id}` });

  it('stores an article once: the second put says it was known', async () => {
    const r = repo();
    const a = article(3);
    expect(await r.putIfAbsent(a)).toBe(true);
    expect(await r.putIfAbsent({ ...a, title: 'changed' })).toBe(false);
    expect(await r.getArticle(a.id)).toEqual(a);
  });

  it('says new exactly once when the same article is put concurrently', async () => {
    const r = repo();
    const a = article(1);
    const answers = await Promise.all(Array.from({ length: 8 }, () => r.putIfAbsent(a)));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('claims an alert once and marks it sent; a sent alert is never claimed again', async () => {
    const r = repo();
    const id = `${exclusive}-claimed`;
    expect(await r.claim(id, ['ISIS'], 't0')).toBe(true);
    expect(await r.claim(id, ['ISIS'], 't1')).toBe(false);
    await r.markSent(id, { messageId: 'm-1', watches: ['ISIS', 'SDF'], at: 't2' });
    expect(await r.getAlert(id)).toMatchObject({
      pk: `ALERT#${id}`,
      type: 'alert',
      status: 'sent',
      messageId: 'm-1',
      watches: ['ISIS', 'SDF'],
      sentAt: 't2',
    });
    expect(await r.claim(id, ['ISIS'], 't3')).toBe(false);
    expect(await r.reclaimFailed(id, ['ISIS'], 't3')).toBe('held');
  });

  it('lets a surely failed alert be claimed again, once', async () => {
    const r = repo();
    const id = `${exclusive}-failed`;
    expect(await r.reclaimFailed(id, ['SDF'], 't0')).toBe('none');
    expect(await r.claim(id, ['SDF'], 't0')).toBe(true);
    expect(await r.reclaimFailed(id, ['SDF'], 't1')).toBe('held');
    await r.markFailed(id, { error: 'Throttled', at: 't1' });
    expect(await r.getAlert(id)).toMatchObject({ status: 'failed', error: 'Throttled', failedAt: 't1' });
    const [a, b] = await Promise.all([r.reclaimFailed(id, ['SDF'], 't2'), r.claim(id, ['SDF'], 't2')]);
    expect([a === 'claimed', b].filter(Boolean)).toHaveLength(1);
    expect(await r.getAlert(id)).toMatchObject({ status: 'pending' });
  });

  it('keeps a pending claim (a publish of unknown outcome) from every later claim', async () => {
    const r = repo();
    const id = `${exclusive}-pending`;
    expect(await r.claim(id, ['SDF'], 't0')).toBe(true);
    expect(await r.claim(id, ['SDF'], 't1')).toBe(false);
    expect(await r.reclaimFailed(id, ['SDF'], 't1')).toBe('held');
  });

  it('trims an article too large for one item, and says so', async () => {
    const r = repo();
    const big = article(2);
    const huge = {
      ...big,
      id: `${big.id}-huge`,
      boilerplate: ['x'.repeat(100_000)],
      body: Array.from({ length: 400 }, (_, i) => `Paragraph ${i} ${'y'.repeat(1000)}`),
    };
    expect(await r.putIfAbsent(huge)).toBe(true);
    const back = (await r.getArticle(huge.id)) as StoredArticle & { truncated?: boolean };
    expect(back.truncated).toBe(true);
    expect(back.boilerplate).toEqual([]);
    expect(back.body.length).toBeGreaterThan(100);
    expect(back.body.length).toBeLessThan(400);
    expect(Buffer.byteLength(JSON.stringify(back))).toBeLessThanOrEqual(ITEM_BYTE_BUDGET);
  });
});

describe('the embedded store', () => {
  it('creates its table from the shared definition', async () => {
    const out = await db.client.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(out.Table?.KeySchema).toEqual([{ AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' }]);
    expect(out.Table?.AttributeDefinitions).toEqual([{ AttributeName: 'pk', AttributeType: 'S' }]);
  });

  it('keeps articles on disk across restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedwatch-store-'));
    try {
      const first = await startEmbeddedDynamo({ dir, tableName: TABLE });
      await new DynamoRepository(first.client, TABLE).putIfAbsent(stored(4));
      await first.close();
      const second = await startEmbeddedDynamo({ dir, tableName: TABLE });
      expect(await new DynamoRepository(second.client, TABLE).putIfAbsent(stored(4))).toBe(false);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a folder that another process holds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedwatch-store-'));
    const first = await startEmbeddedDynamo({ dir, tableName: TABLE });
    try {
      await expect(startEmbeddedDynamo({ dir, tableName: TABLE })).rejects.toThrow(
        `store folder ${dir} is in use by another feedwatch process`,
      );
    } finally {
      await first.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a folder it cannot write, before any work', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedwatch-store-'));
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    try {
      await expect(startEmbeddedDynamo({ dir: join(file, 'store'), tableName: TABLE })).rejects.toThrow(
        /store folder .* is not writable \(ENOTDIR\)/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
