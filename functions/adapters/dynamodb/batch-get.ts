import { BatchGetItemCommand, type BatchGetItemCommandOutput, type DynamoDBClient, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** BatchGetItem takes at most 100 keys. */
const KEYS_PER_CALL = 100;
const MAX_ATTEMPTS = 8;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Which of these partition keys exist, read consistently, 100 keys a call,
 * retrying the UnprocessedKeys that throttling hands back.
 */
export async function existingKeys(client: DynamoDBClient, tableName: string, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(keys)];
  for (let from = 0; from < unique.length; from += KEYS_PER_CALL) {
    let request: Record<string, KeysAndAttributes> | undefined = {
      [tableName]: {
        Keys: unique.slice(from, from + KEYS_PER_CALL).map((k) => ({ [PK]: { S: k } })),
        ConsistentRead: true,
        ProjectionExpression: '#pk',
        ExpressionAttributeNames: { '#pk': PK },
      },
    };
    for (let attempt = 1; request && Object.keys(request).length > 0; attempt += 1) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`keys still unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 1) await sleep(Math.random() * Math.min(2000, 50 * 2 ** attempt));
      const out: BatchGetItemCommandOutput = await client.send(new BatchGetItemCommand({ RequestItems: request }));
      for (const item of out.Responses?.[tableName] ?? []) {
        const k = item[PK]?.S;
        if (k !== undefined) found.add(k);
      }
      request = out.UnprocessedKeys;
    }
  }
  return found;
}
