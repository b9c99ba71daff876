import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRepository } from '../../functions/adapters/dynamodb/dynamo-repository.js';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { ExclusiveWriter } from '../../functions/adapters/dynamodb/exclusive-writer.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import type { StoredArticle } from '../../functions/core/ports.js';
import { seed } from '../support/seeds.js';
import { readItem } from '../support/table-items.js';

const TABLE = 'feedwatch-test';
const stored = (n: number, extra: Partial<StoredArticle> = {}): StoredArticle => ({
  ...parseNormalForm(seed(n)),
  ingestedAt: '2026-11-22T00:00:00.000Z',
  ...extra,
});

describe('DynamoRepository on dynalite', () => {
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
  ])('with %s', (_label, exclusive) => {
    const repo = () =>
      new DynamoRepository(db.client, TABLE, exclusive ? new ExclusiveWriter(db.client, TABLE) : undefined);
    const id = (name: string) => `${exclusive ? 'x' : 'c'}-${name}`;

    it('writes the article under its key and kind, whole, with its lists', async () => {
      const a = stored(3, { id: id('seed-3') });
      expect(await repo().putIfAbsent(a)).toBe(true);
      const item = await readItem(db.client, TABLE, `ARTICLE#${a.id}`);
      expect(item).toEqual({ ...JSON.parse(JSON.stringify(a)), pk: `ARTICLE#${a.id}`, type: 'article' });
    });

    it('writes an alert record through its claim, send and failure', async () => {
      const r = repo();
      const key = `ALERT#${id('alert')}`;
      await r.claim(id('alert'), ['SDF', 'ISIS'], 't0');
      expect(await readItem(db.client, TABLE, key)).toEqual({
        pk: key,
        type: 'alert',
        articleId: id('alert'),
        status: 'pending',
        watches: ['ISIS', 'SDF'],
        claimedAt: 't0',
      });
      await r.markFailed(id('alert'), { error: 'Throttled', at: 't1' });
      expect(await readItem(db.client, TABLE, key)).toMatchObject({
        status: 'failed',
        error: 'Throttled',
        failedAt: 't1',
      });
      await r.claim(id('alert'), ['ISIS'], 't2');
      await r.markSent(id('alert'), { messageId: 'm-1', watches: ['ISIS'], at: 't3' });
      expect(await readItem(db.client, TABLE, key)).toEqual({
        pk: key,
        type: 'alert',
        articleId: id('alert'),
        status: 'sent',
        watches: ['ISIS'],
        messageId: 'm-1',
        sentAt: 't3',
      });
    });

    it('trims an article too large for one item, and says so', async () => {
      const huge = stored(2, {
        id: id('huge'),
        boilerplate: ['x'.repeat(100_000)],
        body: Array.from({ length: 400 }, (_, i) => `Paragraph ${i} ${'y'.repeat(1000)}`),
      });
      expect(await repo().putIfAbsent(huge)).toBe(true);
      const back = await readItem(db.client, TABLE, `ARTICLE#${huge.id}`);
      expect(back?.['truncated']).toBe(true);
      expect(back?.['boilerplate']).toEqual([]);
      const body = (back?.['body'] ?? []) as string[];
      expect(body.length).toBeGreaterThan(300);
      expect(body.length).toBeLessThan(400);
    });
  });
});

describe('DynamoRepository against the DynamoDB API (mocked)', () => {
  // This client only: dynalite's, above, stays real.
  const client = new DynamoDBClient({ region: 'eu-west-1' });
  const dynamo = mockClient(client);
  afterEach(() => dynamo.reset());
  const repo = () => new DynamoRepository(client, 't');
  const refused = (item?: Record<string, { S: string }>) =>
    new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
      ...(item ? { Item: item } : {}),
    });

  it('makes a claim one conditional PutItem that asks for the item it refused or replaced back', async () => {
    dynamo
      .on(PutItemCommand)
      .resolvesOnce({})
      .resolves({ Attributes: { pk: { S: 'ALERT#a1' }, status: { S: 'pending' } } });
    expect(await repo().claim('a1', ['ISIS'], 't0')).toBe('claimed');
    expect(await repo().claim('a1', ['ISIS'], 't9')).toBe('reclaimed');
    expect(dynamo.commandCalls(PutItemCommand)[0]?.args[0].input).toMatchObject({
      TableName: 't',
      Item: { pk: { S: 'ALERT#a1' }, type: { S: 'alert' }, status: { S: 'pending' }, watches: { SS: ['ISIS'] } },
      ConditionExpression:
        'attribute_not_exists(#pk) OR #status = :failed OR (#status = :pending AND #claimedAt < :stale)',
      ReturnValues: 'ALL_OLD',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  });

  it('reads a refused claim as "already there", not as an error', async () => {
    dynamo.on(PutItemCommand).rejects(refused({ pk: { S: 'ALERT#a1' }, status: { S: 'sent' } }));
    expect(await repo().claim('a1', ['ISIS'], 't0')).toBe('held');
    expect(await repo().putIfAbsent(stored(1))).toBe(false);
  });

  it('tells held from none by the item the refusal hands back, without a second read', async () => {
    dynamo
      .on(PutItemCommand)
      .rejectsOnce(refused({ pk: { S: 'ALERT#a1' }, status: { S: 'sent' } }))
      .rejectsOnce(refused());
    expect(await repo().reclaimFailed('a1', ['ISIS'], 't0')).toBe('held');
    expect(await repo().reclaimFailed('a2', ['ISIS'], 't0')).toBe('none');
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(BatchGetItemCommand)).toHaveLength(0);
  });

  it('lets any other error of the SDK through', async () => {
    dynamo
      .on(PutItemCommand)
      .rejects(
        Object.assign(new Error('Rate of requests exceeds the allowed throughput'), { name: 'ThrottlingException' }),
      );
    await expect(repo().claim('a1', ['ISIS'], 't0')).rejects.toThrow('Rate of requests exceeds');
  });

  it('writes the marks of sent alerts made together in one BatchWriteItem call', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({});
    const r = repo();
    await Promise.all(
      ['a', 'b', 'c'].map((id) => r.markSent(id, { messageId: `m-${id}`, watches: ['SDF'], at: 't1' })),
    );
    expect(dynamo.commandCalls(BatchWriteItemCommand)).toHaveLength(1);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
  });
});
