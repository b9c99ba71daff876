import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createNoticePublisher } from '../../functions/adapters/sns/feed-notice-publisher.js';

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:operators';
const sns = mockClient(SNSClient);
afterEach(() => sns.reset());

describe('createNoticePublisher', () => {
  it('tells the operators which feed was disabled, after how many failures, and why', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    await createNoticePublisher(
      new SNSClient({}),
      TOPIC,
    )({
      type: 'feed-disabled',
      url: 'https://www.example.org/feed',
      at: '2026-03-02T10:00:00.000Z',
      failures: 11,
      why: 'HTTP 503',
    });
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input?.TopicArn).toBe(TOPIC);
    expect(input?.Subject).toBe('feedwatch: feed disabled: https://www.example.org/feed');
    expect(input?.Message).toContain('failed 11 checks in a row');
    expect(input?.Message).toContain('Last failure: HTTP 503');
  });

  it('keeps the subject within SNS’s 100 printable characters for a long or non-ASCII URL', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' });
    await createNoticePublisher(
      new SNSClient({}),
      TOPIC,
    )({
      type: 'feed-recovered',
      url: `https://例え.jp/${'a'.repeat(200)}`,
      at: '2026-03-02T10:00:00.000Z',
      failuresBefore: 12,
    });
    const subject = sns.commandCalls(PublishCommand)[0]?.args[0].input.Subject ?? '';
    expect(subject).toHaveLength(100);
    expect(subject).toMatch(/^feedwatch: feed back: https:\/\/\?\?\.jp\/a+$/);
  });

  it('throws when SNS refuses, so the worker’s message comes back', async () => {
    sns.on(PublishCommand).rejects(new Error('throttled'));
    await expect(
      createNoticePublisher(
        new SNSClient({}),
        TOPIC,
      )({
        type: 'feed-recovered',
        url: 'https://a.example/feed',
        at: '2026-03-02T10:00:00.000Z',
        failuresBefore: 3,
      }),
    ).rejects.toThrow('throttled');
  });
});
