import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/**
 * One item of the table as the repository wrote it, unmarshalled, string sets
 * as sorted arrays: tests look at what was stored without a read method on
 * the repository that only they would use.
 */
export async function readItem(
  client: DynamoDBClient,
  tableName: string,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  const out = await client.send(
    new GetItemCommand({ TableName: tableName, Key: { pk: { S: key } }, ConsistentRead: true }),
  );
  if (!out.Item) return undefined;
  const item = unmarshall(out.Item);
  for (const [name, value] of Object.entries(item)) if (value instanceof Set) item[name] = [...value].sort();
  return item;
}
