import { ConditionalCheckFailedException, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriter } from './batch-writer.js';
import type { Condition, Item, ItemWriter, PutOutcome } from './item-writer.js';

function isConditionFailure(error: unknown): error is ConditionalCheckFailedException {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException'
  );
}

/**
 * The writer for a table that others write too (DynamoDB on AWS): each
 * conditional put is one PutItem whose condition DynamoDB decides. A refused
 * put hands back the item that refused it (ReturnValuesOnConditionCheckFailure),
 * so no second read is needed to say what was there. Unconditional puts share
 * BatchWriteItem calls.
 */
export class ConditionalWriter implements ItemWriter {
  private readonly batch: BatchWriter;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.batch = new BatchWriter(client, tableName);
  }

  put(item: Item): Promise<void> {
    return this.batch.put(item);
  }

  async putIf(item: Item, condition: Condition): Promise<PutOutcome> {
    try {
      const out = await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: item,
          ...condition.expression,
          // What was there either way: refused, or replaced (a claim taken over from a holder that died).
          ReturnValues: 'ALL_OLD',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return out.Attributes ? { written: true, replaced: out.Attributes } : { written: true };
    } catch (error) {
      if (isConditionFailure(error)) return { written: false, existing: error.Item };
      throw error;
    }
  }
}
