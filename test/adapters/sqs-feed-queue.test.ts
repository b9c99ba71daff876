import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { SqsFeedQueue } from '../../functions/adapters/sqs/sqs-feed-queue.js';
import { fifoAttributes, type FeedMessage } from '../../functions/core/schedule/feed-message.js';

const QUEUE = 'https://sqs.eu-west-1.amazonaws.com/123456789012/feeds.fifo';
const sqs = mockClient(SQSClient);
afterEach(() => sqs.reset());

const msg = (url: string, host: string): FeedMessage => ({
  url,
  host,
  leaseId: '2026-03-02T10:00:00.000Z',
  dueAt: '2026-03-02T09:59:00.000Z',
});

describe('SqsFeedQueue', () => {
  it('sends a batch as one SendMessageBatch, grouped by host and deduplicated by lease', async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const a = { ...msg('https://www.a.example/feed', 'a.example'), profile: 'global-research' as const };
    const b = msg('https://b.example/rss', 'b.example');
    await new SqsFeedQueue(new SQSClient({}), QUEUE).send([a, b]);

    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({
      QueueUrl: QUEUE,
      Entries: [
        {
          Id: '0',
          MessageBody: JSON.stringify(a),
          MessageGroupId: 'a.example',
          MessageDeduplicationId: fifoAttributes(a).deduplicationId,
        },
        {
          Id: '1',
          MessageBody: JSON.stringify(b),
          MessageGroupId: 'b.example',
          MessageDeduplicationId: fifoAttributes(b).deduplicationId,
        },
      ],
    });
  });

  it('sends again only the entries SQS refused for a passing reason', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }] })
      .resolves({ Failed: [] });
    await new SqsFeedQueue(new SQSClient({}), QUEUE).send([
      msg('https://a.example/1', 'a.example'),
      msg('https://a.example/2', 'a.example'),
    ]);
    const second = sqs.commandCalls(SendMessageBatchCommand)[1]?.args[0].input;
    expect(second?.Entries?.map((e) => e.Id)).toEqual(['1']);
  });

  it('throws, naming the refusal, when an entry is the sender’s fault or fails twice', async () => {
    sqs.on(SendMessageBatchCommand).resolves({
      Failed: [{ Id: '0', Code: 'InvalidParameterValue', Message: 'body too long', SenderFault: true }],
    });
    const queue = new SqsFeedQueue(new SQSClient({}), QUEUE);
    await expect(queue.send([msg('https://a.example/1', 'a.example')])).rejects.toThrow(
      'SQS refused 1 of 1 feed messages (InvalidParameterValue: body too long)',
    );
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);

    sqs.reset();
    sqs.on(SendMessageBatchCommand).resolves({ Failed: [{ Id: '0', Code: 'ServiceUnavailable', SenderFault: false }] });
    await expect(queue.send([msg('https://a.example/1', 'a.example')])).rejects.toThrow(/refused 1 of 1/);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(2);
  });

  it('refuses more than ten messages rather than let SQS refuse the batch', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => msg(`https://a.example/${i}`, 'a.example'));
    await expect(new SqsFeedQueue(new SQSClient({}), QUEUE).send(eleven)).rejects.toThrow(RangeError);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
  });
});
