import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import { subscriberId } from '../../functions/core/subscribers/subscriber-id.js';
import { configFile, localHandlerEnv } from '../support/config-file.js';
import { seed } from '../support/seeds.js';

const TABLE = 'feedwatch-digest-handler';
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:feedwatch-alerts';
const sns = mockClient(SNSClient);
const ANALYST = subscriberId('analyst@example.org');
const DESK = subscriberId('desk@example.org');

type DigestHandler = (
  event: { time: string },
  context: Context,
) => Promise<{ at: string; sent: number; failed: number; empty: number; stopped: number }>;
type AlertHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<unknown>;

let db: EmbeddedDynamo;
let digest: DigestHandler;
let alert: AlertHandler;

beforeAll(async () => {
  db = await startEmbeddedDynamo({ tableName: TABLE });
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    TOPIC_ARN: TOPIC,
    FEEDWATCH_CONFIG_FILE: configFile({
      feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
      subscribers: [
        { email: 'desk@example.org', watches: ['Deir Ezzor'] },
        { email: 'analyst@example.org', watches: ['Deir Ezzor'], delivery: 'daily', at: '07:00' },
      ],
      maxAlertAge: '5000 days',
    }),
    PUBLISH_PER_SECOND: '9',
    CLAIM_LEASE_MS: '240000',
    ...localHandlerEnv(db.endpoint),
  });
  ({ handler: digest } = (await import('../../functions/handlers/digest.js')) as unknown as { handler: DigestHandler });
  ({ handler: alert } = (await import('../../functions/handlers/alert.js')) as unknown as { handler: AlertHandler });
});
afterAll(async () => {
  await db.close();
});
beforeEach(() => {
  sns.reset();
});

const context = { functionName: 'f', awsRequestId: 'r', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

/** Seed 003 stored now, as the stream hands it to the alert function. */
function insert(sequenceNumber: string): DynamoDBStreamEvent {
  const a = parseNormalForm(seed(3), { url: 'https://www.globalresearch.ca/seed/3' });
  const item = { ...a, pk: `ARTICLE#${a.id}`, type: 'article', ingestedAt: new Date().toISOString() };
  return {
    Records: [
      {
        eventID: `e-${sequenceNumber}`,
        eventName: 'INSERT',
        eventSource: 'aws:dynamodb',
        dynamodb: {
          Keys: { pk: { S: item.pk } },
          NewImage: marshall(item, { removeUndefinedValues: true }) as never,
          SequenceNumber: sequenceNumber,
          StreamViewType: 'NEW_IMAGE',
        },
      },
    ],
  };
}

const subscriberOf = (call: { args: [{ input: { MessageAttributes?: Record<string, { StringValue?: string }> } }] }) =>
  call.args[0].input.MessageAttributes?.['subscriber']?.StringValue;

describe('the alert and digest functions for a daily subscriber', () => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const morning = `${tomorrow}T07:00:12Z`;

  it('the alert function alerts the immediate subscriber and queues the story for the daily one', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-alert' });
    await alert(insert('1'), context);
    expect(sns.commandCalls(PublishCommand).map(subscriberOf)).toEqual([DESK]);
  });

  it('sends nothing before the period ends', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-early' });
    expect(await digest({ time: new Date(Date.now() - 86_400_000).toISOString() }, context)).toMatchObject({ sent: 0 });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('keeps the stories of a digest SNS refused, and sends them on the next run', async () => {
    sns
      .on(PublishCommand)
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException', $fault: 'client' }))
      .resolves({ MessageId: 'sns-digest' });
    expect(await digest({ time: morning }, context)).toMatchObject({ sent: 0, failed: 1 });
    expect(await digest({ time: morning }, context)).toMatchObject({ sent: 1, failed: 0 });
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input).toMatchObject({
      TopicArn: TOPIC,
      Subject: `Deir Ezzor: 1 new story, daily digest, ${tomorrow}`,
      MessageAttributes: {
        subscriber: { DataType: 'String', StringValue: ANALYST },
        watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor"]' },
      },
    });
    expect(calls[1]?.args[0].input.Message).toContain('Link: https://www.globalresearch.ca/seed/3');
  });

  it('sends nothing the second time for the same period, nor for a retried alert', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-again' });
    await alert(insert('1'), context);
    expect(await digest({ time: morning }, context)).toMatchObject({ sent: 0 });
    expect(await digest({ time: `${tomorrow}T08:00:00Z` }, context)).toMatchObject({ sent: 0 });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });
});
