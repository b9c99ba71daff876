import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { DynamoFeedRegistry } from '../../functions/adapters/dynamodb/feed-registry.js';
import { type FeedMessage, messageFor } from '../../functions/core/schedule/feed-message.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../functions/core/schedule/schedule-policy.js';
import { newFeedRecord } from '../../functions/core/schedule/sync-feeds.js';
import { configFile, localHandlerEnv } from '../support/config-file.js';

const TABLE = 'feedwatch-worker-handler';
const OPS = 'arn:aws:sns:eu-west-1:123456789012:feedwatch-operators';
// A loopback feed: the worker's guarded fetcher refuses it, as it would any private address on AWS.
const FEED = 'http://127.0.0.1:9/feed';
const sns = mockClient(SNSClient);

let db: EmbeddedDynamo;
let registry: DynamoFeedRegistry;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
const context = { getRemainingTimeInMillis: () => 100_000 } as unknown as Context;

beforeAll(async () => {
  db = await startEmbeddedDynamo({ tableName: TABLE });
  registry = new DynamoFeedRegistry(db.client, TABLE);
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    OPERATORS_TOPIC_ARN: OPS,
    FEEDWATCH_CONFIG_FILE: configFile({
      feeds: [{ url: FEED }],
      schedule: { disableAfter: 2 },
      deployment: 'test-desk',
      contact: 'desk@example.org',
    }),
    ...localHandlerEnv(db.endpoint),
  });
  ({ handler } = (await import('../../functions/handlers/poll-worker.js')) as unknown as { handler: typeof handler });
});
afterAll(async () => {
  await db.close();
});
beforeEach(() => {
  sns.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'n-1' });
});

/** Leases the feed as the scheduler would, and returns the message it would queue. */
async function lease(leaseId: string): Promise<FeedMessage> {
  const current = (await registry.get(FEED)) ?? newFeedRecord({ url: FEED }, leaseId, policy);
  const { lease: _old, ...free } = current;
  const leased = { ...free, lease: { id: leaseId, until: leaseId, dueAt: leaseId }, nextCheckAt: leaseId };
  await registry.put(leased);
  return messageFor(leased);
}

const event = (...bodies: string[]): SQSEvent =>
  ({ Records: bodies.map((body, i) => ({ messageId: `m-${i}`, body })) }) as unknown as SQSEvent;

describe('the poll worker handler', () => {
  it('checks a queued feed and saves its failure, backed off, the message done', async () => {
    const msg = await lease('2026-03-02T10:00:00.000Z');
    const response = await handler(event(JSON.stringify(msg)), context);
    expect(response).toEqual({ batchItemFailures: [] });
    const record = await registry.get(FEED);
    expect(record).toMatchObject({ health: 'failing', failures: 1, why: expect.stringMatching(/refused/) });
    expect(record?.lease).toBeUndefined();
    expect(Date.parse(record?.nextCheckAt ?? '')).toBeGreaterThan(Date.now() + 4 * 60_000);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('disables the feed after the configured failures and tells the operators’ topic', async () => {
    const msg = await lease('2026-03-02T10:30:00.000Z');
    await handler(event(JSON.stringify(msg)), context);
    expect(await registry.get(FEED)).toMatchObject({ health: 'disabled', failures: 2 });
    const published = sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
    expect(published).toEqual([
      expect.objectContaining({ TopicArn: OPS, Subject: `feedwatch: feed disabled: ${FEED}` }),
    ]);
  });

  it('drops a body that is no feed message and a stale lease, and sends neither back', async () => {
    const stale = { ...(await lease('2026-03-02T11:00:00.000Z')), leaseId: 'an older cycle' };
    const before = await registry.get(FEED);
    const response = await handler(event('not json', JSON.stringify(stale)), context);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(await registry.get(FEED)).toEqual(before);
  });

  it('sends back the messages it had no time to start', async () => {
    const msg = await lease('2026-03-02T11:30:00.000Z');
    const late = { getRemainingTimeInMillis: () => 1_000 } as unknown as Context;
    expect(await handler(event(JSON.stringify(msg)), late)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-0' }] });
    expect((await registry.get(FEED))?.lease?.id).toBe('2026-03-02T11:30:00.000Z');
  });
});
