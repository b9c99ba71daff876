import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, type SQSClient } from '@aws-sdk/client-sqs';
import { MAX_SEND_BATCH, fifoAttributes, type FeedMessage } from '../../core/schedule/feed-message.js';
import type { FeedQueue } from '../../core/schedule/schedule-cycle.js';

/** Entries a batch refused for a reason that may pass (throttling, an internal error) are sent once more. */
const SEND_ATTEMPTS = 2;

/**
 * Due feeds into the SQS FIFO queue: one SendMessageBatch per call, each
 * message grouped by its host and deduplicated by its lease (fifoAttributes),
 * so a batch sent twice delivers each feed once. Throws when any entry is
 * still refused: the scheduler then hands the batch's feeds back.
 */
export class SqsFeedQueue implements FeedQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(batch: readonly FeedMessage[]): Promise<void> {
    if (batch.length === 0) return;
    if (batch.length > MAX_SEND_BATCH)
      throw new RangeError(`a batch takes at most ${MAX_SEND_BATCH} messages, not ${batch.length}`);
    let entries: SendMessageBatchRequestEntry[] = batch.map((message, i) => {
      const { groupId, deduplicationId } = fifoAttributes(message);
      return {
        Id: String(i),
        MessageBody: JSON.stringify(message),
        MessageGroupId: groupId,
        MessageDeduplicationId: deduplicationId,
      };
    });
    for (let attempt = 1; ; attempt += 1) {
      const out = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
      const failed = out.Failed ?? [];
      if (failed.length === 0) return;
      const retryable = failed.every((f) => !f.SenderFault);
      if (!retryable || attempt >= SEND_ATTEMPTS) {
        const first = failed[0];
        throw new Error(
          `SQS refused ${failed.length} of ${entries.length} feed messages (${first?.Code}: ${first?.Message ?? 'no message'})`,
        );
      }
      const again = new Set(failed.map((f) => f.Id));
      entries = entries.filter((e) => again.has(e.Id));
    }
  }
}
