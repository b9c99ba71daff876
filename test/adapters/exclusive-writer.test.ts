import { BatchGetItemCommand, BatchWriteItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { claimable, IF_ABSENT } from '../../functions/adapters/dynamodb/conditions.js';
import { ExclusiveWriter } from '../../functions/adapters/dynamodb/exclusive-writer.js';

const client = new DynamoDBClient({ region: 'local' });
const dynamo = mockClient(client);
afterEach(() => dynamo.reset());

const item = (k: string) => ({ pk: { S: k }, status: { S: 'pending' } });

describe('ExclusiveWriter', () => {
  it('decides puts made together with one BatchGetItem and writes those that may go in one BatchWriteItem', async () => {
    dynamo.on(BatchGetItemCommand).resolves({ Responses: { t: [{ pk: { S: 'b' }, status: { S: 'sent' } }] } });
    dynamo.on(BatchWriteItemCommand).resolves({});
    const writer = new ExclusiveWriter(client, 't');
    const outcomes = await Promise.all(['a', 'b', 'c'].map((k) => writer.putIf(item(k), claimable('0', true))));
    expect(outcomes).toEqual([
      { written: true },
      { written: false, existing: { pk: { S: 'b' }, status: { S: 'sent' } } },
      { written: true },
    ]);
    expect(dynamo.commandCalls(BatchGetItemCommand)[0]?.args[0].input.RequestItems?.['t']).toMatchObject({
      Keys: [{ pk: { S: 'a' } }, { pk: { S: 'b' } }, { pk: { S: 'c' } }],
      ConsistentRead: true,
      ExpressionAttributeNames: { '#a0': 'pk', '#a1': 'status' },
    });
    const written = dynamo
      .commandCalls(BatchWriteItemCommand)
      .flatMap((c) => c.args[0].input.RequestItems?.['t'] ?? []);
    expect(written.map((r) => r.PutRequest?.Item?.['pk']?.S)).toEqual(['a', 'c']);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
  });

  it('decides a second put of one key after the first is written, from what the first left', async () => {
    const table = new Map<string, Record<string, { S: string }>>();
    dynamo.on(BatchGetItemCommand).callsFake(async (input) => ({
      Responses: { t: input.RequestItems.t.Keys.flatMap((k: { pk: { S: string } }) => table.get(k.pk.S) ?? []) },
    }));
    dynamo.on(BatchWriteItemCommand).callsFake(async (input) => {
      for (const r of input.RequestItems.t) table.set(r.PutRequest.Item.pk.S, r.PutRequest.Item);
      return {};
    });
    const writer = new ExclusiveWriter(client, 't');
    const [first, second] = await Promise.all([writer.putIf(item('a'), IF_ABSENT), writer.putIf(item('a'), IF_ABSENT)]);
    expect(first).toEqual({ written: true });
    expect(second).toMatchObject({ written: false, existing: { pk: { S: 'a' } } });
  });

  it('fails every put of a batch whose read fails', async () => {
    dynamo.on(BatchGetItemCommand).rejects(new Error('socket hang up'));
    const writer = new ExclusiveWriter(client, 't');
    const settled = await Promise.allSettled(['a', 'b'].map((k) => writer.putIf(item(k), IF_ABSENT)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    expect(dynamo.commandCalls(BatchWriteItemCommand)).toHaveLength(0);
  });
});
