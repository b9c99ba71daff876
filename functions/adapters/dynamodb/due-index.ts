import {
  type AttributeValue,
  type DynamoDBClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION } from './table-definition.js';

const DUE = TABLE_DEFINITION.dueIndex;

/**
 * A partition of the `due` index (the feeds' schedule, a subscriber's digest
 * queue, the alert sweep's marks) and a range of its sort key: up to `to`
 * included, or before `before`, from `from` on.
 */
export interface DueRange {
  partition: string;
  from?: string;
  to?: string;
  before?: string;
}

function keyCondition(range: DueRange): Omit<QueryCommandInput, 'TableName' | 'IndexName'> {
  const values: Record<string, AttributeValue> = { ':partition': { S: range.partition } };
  let sort = '';
  if (range.from !== undefined && range.to !== undefined) {
    sort = ' AND #sort BETWEEN :from AND :to';
    values[':from'] = { S: range.from };
    values[':to'] = { S: range.to };
  } else if (range.to !== undefined) {
    sort = ' AND #sort <= :to';
    values[':to'] = { S: range.to };
  } else if (range.before !== undefined) {
    sort = ' AND #sort < :before';
    values[':before'] = { S: range.before };
  }
  return {
    KeyConditionExpression: `#partition = :partition${sort}`,
    ExpressionAttributeNames: { '#partition': DUE.partitionKey.name, ...(sort ? { '#sort': DUE.sortKey.name } : {}) },
    ExpressionAttributeValues: values,
  };
}

/** The index's items in a range, sort key ascending, page after page, until `limit` items or the end. */
export async function queryDue(
  client: DynamoDBClient,
  tableName: string,
  range: DueRange,
  limit = Number.POSITIVE_INFINITY,
): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let start: QueryCommandInput['ExclusiveStartKey'];
  do {
    const out = await client.send(
      new QueryCommand({
        ...keyCondition(range),
        TableName: tableName,
        IndexName: DUE.name,
        ...(Number.isFinite(limit) ? { Limit: Math.min(1000, limit - items.length) } : {}),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start && items.length < limit);
  return items;
}
