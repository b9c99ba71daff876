import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import { configFile, localHandlerEnv } from '../support/config-file.js';
import { seed } from '../support/seeds.js';
import { readItem } from '../support/table-items.js';

const TABLE = 'feedwatch-alert-handler';
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:feedwatch-alerts';
const sns = mockClient(SNSClient);

let db: EmbeddedDynamo;
let handler: (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

beforeAll(async () => {
  db = await startEmbeddedDynamo({ tableName: TABLE });
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    TOPIC_ARN: TOPIC,
    FEEDWATCH_CONFIG_FILE: configFile({
      feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
      watches: ['Deir Ezzor', 'ISIS', 'Marea'],
      // The seeds are from 2016 and 2017: an alert window that reaches them.
      maxAlertAge: '5000 days',
    }),
    PUBLISH_PER_SECOND: '9',
    CLAIM_LEASE_MS: '240000',
    ...localHandlerEnv(db.endpoint),
  });
  ({ handler } = (await import('../../functions/handlers/alert.js')) as unknown as { handler: typeof handler });
});
afterAll(async () => {
  await db.close();
});
beforeEach(() => {
  sns.reset();
});

const context = {
  functionName: 'alert',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

/** A stream record as DynamoDB sends it: the new image in DynamoDB JSON. */
function record(
  sequenceNumber: string,
  item: Record<string, unknown>,
  eventName: 'INSERT' | 'MODIFY' = 'INSERT',
): DynamoDBStreamEvent['Records'][number] {
  return {
    eventID: `event-${sequenceNumber}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    eventSourceARN: `arn:aws:dynamodb:eu-west-1:123456789012:table/${TABLE}/stream/2026-11-22T00:00:00.000`,
    dynamodb: {
      ApproximateCreationDateTime: 1795310000,
      Keys: { pk: { S: String(item['pk']) } },
      NewImage: marshall(item, { removeUndefinedValues: true }) as never,
      SequenceNumber: sequenceNumber,
      SizeBytes: 4096,
      StreamViewType: 'NEW_IMAGE',
    },
  };
}

const articleItem = (n: number) => {
  const a = parseNormalForm(seed(n), { url: `https://www.globalresearch.ca/seed/${n}` });
  return { ...a, pk: `ARTICLE#${a.id}`, type: 'article', ingestedAt: '2026-11-22T00:00:00.000Z' };
};

describe('the alert handler on the table stream', () => {
  it('alerts each new article once, with the exact SNS input, and ignores other items and changes', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    const seed3 = articleItem(3);
    const event: DynamoDBStreamEvent = {
      Records: [
        record('100', seed3),
        record('101', { pk: 'ALERT#x', type: 'alert', status: 'sent' }),
        record('102', { ...articleItem(1), title: 'changed' }, 'MODIFY'),
        record('103', articleItem(2)),
      ],
    };
    expect(await handler(event, context)).toEqual({ batchItemFailures: [] });
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(2);
    const first = calls.find((c) => c.args[0].input.Message?.includes('Maskanah'))?.args[0].input;
    expect(first).toMatchObject({
      TopicArn: TOPIC,
      Subject: 'ISIS, Deir Ezzor: Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic...',
      MessageAttributes: {
        watches: { DataType: 'String.Array', StringValue: '["ISIS","Deir Ezzor"]' },
        places: { DataType: 'String.Array', StringValue: '["Deir Ezzor"]' },
        actors: { DataType: 'String.Array', StringValue: '["ISIS"]' },
      },
    });
    expect(first?.Message).toContain('Source: https://www.globalresearch.ca/seed/3');
    expect(await readItem(db.client, TABLE, `ALERT#${seed3.id}`)).toMatchObject({ status: 'sent', messageId: 'sns-1' });
  });

  it('sends nothing again when the same batch is delivered again', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-2' });
    expect(await handler({ Records: [record('100', articleItem(3)), record('103', articleItem(2))] }, context)).toEqual(
      { batchItemFailures: [] },
    );
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('returns the sequence number of a record whose publish SNS refused, and sends it on the retry', async () => {
    const seed0 = articleItem(0);
    sns
      .on(PublishCommand)
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException', $fault: 'client' }))
      .resolves({ MessageId: 'sns-3' });
    expect(await handler({ Records: [record('200', seed0)] }, context)).toEqual({
      batchItemFailures: [{ itemIdentifier: '200' }],
    });
    expect(await handler({ Records: [record('200', seed0)] }, context)).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    expect(await readItem(db.client, TABLE, `ALERT#${seed0.id}`)).toMatchObject({
      status: 'sent',
      messageId: 'sns-3',
    });
  });

  it('does not fail (nor retry) a record whose publish may have gone out', async () => {
    const seed4 = { ...articleItem(4), id: 'unknown-outcome', pk: 'ARTICLE#unknown-outcome' };
    sns.on(PublishCommand).rejects(new Error('socket hang up'));
    expect(await handler({ Records: [record('300', seed4)] }, context)).toEqual({ batchItemFailures: [] });
    expect(await readItem(db.client, TABLE, 'ALERT#unknown-outcome')).toMatchObject({
      status: 'uncertain',
    });
  });
});

describe('the alert handler on the sweep schedule', () => {
  const sweepHandler = () => handler as unknown as (event: { source: string }, context: Context) => Promise<unknown>;

  // Regression: an article whose stream record failed for good (or never came) was never alerted.
  it('alerts a stored article the stream never alerted, once, and clears its mark', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-sweep' });
    const { DynamoRepository } = await import('../../functions/adapters/dynamodb/dynamo-repository.js');
    const { DynamoSweepQueue } = await import('../../functions/adapters/dynamodb/sweep-queue.js');
    const missed = { ...parseNormalForm(seed(1)), id: 'missed-by-stream', ingestedAt: '2026-11-22T00:00:00.000Z' };
    await new DynamoRepository(db.client, TABLE).putIfAbsent(missed);
    const marks = new DynamoSweepQueue(db.client, TABLE);
    const due = new Date(Date.now() - 60_000).toISOString();
    await marks.mark('missed-by-stream', due);
    // And one the stream did alert: the sweep looks and sends nothing.
    await marks.mark(articleItem(3).id, due);

    expect(await sweepHandler()({ source: 'aws.events' }, context)).toEqual({
      swept: 2,
      sent: 1,
      queued: 0,
      failed: 0,
    });
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.Message).toContain('ISIS');
    expect(await readItem(db.client, TABLE, 'ALERT#missed-by-stream')).toMatchObject({ status: 'sent' });
    expect(await marks.due(new Date().toISOString(), 10)).toEqual([]);
    expect(await sweepHandler()({ source: 'aws.events' }, context)).toMatchObject({ swept: 0 });
  });

  // Regression (review): the stream's retry of a record whose invocation died holding a claim found it held,
  // cleared the article's sweep mark, and the alert was never sent.
  it('keeps the sweep mark of an article whose claim another invocation holds, and sends it once that claim is abandoned', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-late' });
    const { DynamoSweepQueue } = await import('../../functions/adapters/dynamodb/sweep-queue.js');
    const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
    const held = { ...articleItem(2), id: 'held-by-the-dead', pk: 'ARTICLE#held-by-the-dead' };
    const pending = (claimedAt: string) =>
      db.client.send(
        new PutItemCommand({
          TableName: TABLE,
          Item: marshall({
            pk: 'ALERT#held-by-the-dead',
            type: 'alert',
            status: 'pending',
            claimedAt,
            watches: new Set(['ISIS']),
          }),
        }),
      );
    const marks = new DynamoSweepQueue(db.client, TABLE);
    await marks.mark('held-by-the-dead', new Date(Date.now() - 60_000).toISOString());
    await pending(new Date(Date.now() - 30_000).toISOString());
    expect(await handler({ Records: [record('400', held)] }, context)).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    expect(await readItem(db.client, TABLE, 'SWEEP#held-by-the-dead')).toBeDefined();

    // Its holder never came back: past the lease, the sweep claims it and sends it.
    await pending(new Date(Date.now() - 10 * 60_000).toISOString());
    const { DynamoRepository } = await import('../../functions/adapters/dynamodb/dynamo-repository.js');
    await new DynamoRepository(db.client, TABLE).putIfAbsent({ ...held, ingestedAt: held.ingestedAt });
    await handler({ source: 'aws.events' } as never, context);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(await readItem(db.client, TABLE, 'ALERT#held-by-the-dead')).toMatchObject({ status: 'sent' });
  });
});
