import {
  BatchGetItemCommand,
  type AttributeValue,
  type BatchGetItemCommandOutput,
  type DynamoDBClient,
  type KeysAndAttributes,
} from '@aws-sdk/client-dynamodb';
import { backoffMs, MAX_ATTEMPTS, sleep } from './coalesce.js';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** BatchGetItem takes at most 100 keys. */
const KEYS_PER_CALL = 100;

/**
 * The items with these partition keys that exist, with the named attributes
 * (the key always), read consistently, 100 keys a call, retrying the
 * UnprocessedKeys that throttling hands back.
 */
export async function getItems(
  client: DynamoDBClient,
  tableName: string,
  keys: readonly string[],
  attributes: readonly string[] = [],
): Promise<Map<string, Record<string, AttributeValue>>> {
  const found = new Map<string, Record<string, AttributeValue>>();
  const unique = [...new Set(keys)];
  const names = Object.fromEntries([PK, ...attributes].map((a, i) => [`#a${i}`, a]));
  for (let from = 0; from < unique.length; from += KEYS_PER_CALL) {
    let request: Record<string, KeysAndAttributes> | undefined = {
      [tableName]: {
        Keys: unique.slice(from, from + KEYS_PER_CALL).map((k) => ({ [PK]: { S: k } })),
        ConsistentRead: true,
        ProjectionExpression: Object.keys(names).join(', '),
        ExpressionAttributeNames: names,
      },
    };
    for (let attempt = 1; request && Object.keys(request).length > 0; attempt += 1) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`keys still unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 1) await sleep(backoffMs(attempt));
      const out: BatchGetItemCommandOutput = await client.send(new BatchGetItemCommand({ RequestItems: request }));
      for (const item of out.Responses?.[tableName] ?? []) {
        const k = item[PK]?.S;
        if (k !== undefined) found.set(k, item);
      }
      request = out.UnprocessedKeys;
    }
  }
  return found;
}

/** Which of these partition keys exist. */
export async function existingKeys(
  client: DynamoDBClient,
  tableName: string,
  keys: readonly string[],
): Promise<Set<string>> {
  return new Set((await getItems(client, tableName, keys)).keys());
}
