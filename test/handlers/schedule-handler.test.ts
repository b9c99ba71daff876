import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { DynamoFeedRegistry } from '../../functions/adapters/dynamodb/feed-registry.js';
import type { CycleReport } from '../../functions/core/schedule/schedule-cycle.js';
import { feedListHash } from '../../functions/core/schedule/sync-if-changed.js';
import { configFile, localHandlerEnv } from '../support/config-file.js';

const TABLE = 'feedwatch-schedule-handler';
const QUEUE = 'https://sqs.eu-west-1.amazonaws.com/123456789012/feedwatch-feeds.fifo';
const FEEDS = [
  { url: 'https://www.a.example/feed', outlet: 'A' },
  { url: 'https://b.example/rss' },
  // The same feed as the first, spelled another way: synced once.
  { url: 'https://www.a.example/feed?utm_source=x' },
];
const sqs = mockClient(SQSClient);

let db: EmbeddedDynamo;
let registry: DynamoFeedRegistry;
let handler: () => Promise<CycleReport>;

beforeAll(async () => {
  db = await startEmbeddedDynamo({ tableName: TABLE });
  registry = new DynamoFeedRegistry(db.client, TABLE);
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    QUEUE_URL: QUEUE,
    FEEDWATCH_CONFIG_FILE: configFile({ feeds: FEEDS }),
    ...localHandlerEnv(db.endpoint),
  });
  sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
  ({ handler } = (await import('../../functions/handlers/schedule.js')) as unknown as { handler: typeof handler });
});
afterAll(async () => {
  await db.close();
});

describe('the scheduler handler', () => {
  it('syncs the bundled feed list into the table on its first tick, each new feed at a slot ahead', async () => {
    const before = Date.now();
    const report = await handler();
    const records = await registry.all();
    expect(records.map((r) => r.url).sort()).toEqual(['https://b.example/rss', 'https://www.a.example/feed']);
    expect(await registry.syncedHash()).toBe(feedListHash(FEEDS));
    for (const r of records) {
      expect(Date.parse(r.nextCheckAt)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(r.nextCheckAt)).toBeLessThanOrEqual(before + 16 * 60_000);
    }
    expect(report.sent).toBe(report.due);
  });

  it('queues the feeds that are due, leased, one SendMessageBatch for both', async () => {
    sqs.resetHistory();
    for (const r of await registry.all()) {
      const { lease: _lease, ...free } = r;
      await registry.put({ ...free, nextCheckAt: '2026-01-01T00:00:00.000Z' });
    }
    const report = await handler();
    expect(report).toMatchObject({ due: 2, sent: 2, sendFailed: 0, errors: [] });
    const entries = sqs.commandCalls(SendMessageBatchCommand)[0]?.args[0].input.Entries ?? [];
    expect(entries.map((e) => e.MessageGroupId).sort()).toEqual(['a.example', 'b.example']);
    const a = JSON.parse(entries.find((e) => e.MessageGroupId === 'a.example')?.MessageBody ?? '{}');
    expect(a).toMatchObject({ url: 'https://www.a.example/feed', outlet: 'A', dueAt: '2026-01-01T00:00:00.000Z' });
    const leased = await registry.get('https://www.a.example/feed');
    expect(leased?.lease?.id).toBe(a.leaseId);
    // Leased: not due again on the next tick.
    expect((await handler()).due).toBe(0);
  });

  it('hands the feeds back, due at once, when SQS refuses the batch', async () => {
    for (const r of await registry.all()) {
      const { lease: _lease, ...free } = r;
      await registry.put({ ...free, nextCheckAt: '2026-01-01T00:00:00.000Z' });
    }
    sqs.on(SendMessageBatchCommand).rejects(new Error('queue does not exist'));
    await expect(handler()).rejects.toThrow('no due feed queued: send of 2: queue does not exist');
    expect((await registry.due(new Date().toISOString(), 10)).map((r) => r.lease)).toEqual([undefined, undefined]);
  });
});
