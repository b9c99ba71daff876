import { BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchWriter } from '../../functions/adapters/dynamodb/batch-writer.js';

const dynamo = mockClient(DynamoDBClient);
afterEach(() => dynamo.reset());

const item = (k: string) => ({ pk: { S: k }, status: { S: 'sent' } });
const noWait = async (): Promise<void> => {};

describe('BatchWriter', () => {
  it('writes puts made together in one BatchWriteItem call', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({ UnprocessedItems: {} });
    const writer = new BatchWriter(new DynamoDBClient({ region: 'local' }), 't', noWait);
    await Promise.all(['a', 'b', 'c'].map((k) => writer.put(item(k))));
    const calls = dynamo.commandCalls(BatchWriteItemCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.RequestItems?.['t']?.map((r) => r.PutRequest?.Item?.['pk']?.S)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('splits more than 25 puts into calls of at most 25', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({});
    const writer = new BatchWriter(new DynamoDBClient({ region: 'local' }), 't', noWait);
    await Promise.all(Array.from({ length: 60 }, (_, i) => writer.put(item(`k${i}`))));
    expect(dynamo.commandCalls(BatchWriteItemCommand).map((c) => c.args[0].input.RequestItems?.['t']?.length)).toEqual([
      25, 25, 10,
    ]);
  });

  it('retries the items that throttling hands back, and only those', async () => {
    dynamo
      .on(BatchWriteItemCommand)
      .resolvesOnce({ UnprocessedItems: { t: [{ PutRequest: { Item: item('b') } }] } })
      .resolves({ UnprocessedItems: {} });
    const writer = new BatchWriter(new DynamoDBClient({ region: 'local' }), 't', noWait);
    await Promise.all(['a', 'b'].map((k) => writer.put(item(k))));
    const calls = dynamo.commandCalls(BatchWriteItemCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.RequestItems?.['t']?.map((r) => r.PutRequest?.Item?.['pk']?.S)).toEqual(['b']);
  });

  it('fails the puts still unprocessed after its attempts, and not the others', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({ UnprocessedItems: { t: [{ PutRequest: { Item: item('b') } }] } });
    const writer = new BatchWriter(new DynamoDBClient({ region: 'local' }), 't', noWait);
    const [a, b] = await Promise.allSettled([writer.put(item('a')), writer.put(item('b'))]);
    expect(a.status).toBe('fulfilled');
    expect(b.status).toBe('rejected');
    expect(dynamo.commandCalls(BatchWriteItemCommand)).toHaveLength(8);
  });

  it('sends one key once per call: a second put of it replaces the queued item', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({});
    const writer = new BatchWriter(new DynamoDBClient({ region: 'local' }), 't', noWait);
    await Promise.all([writer.put(item('a')), writer.put({ pk: { S: 'a' }, status: { S: 'later' } })]);
    const sent = dynamo.commandCalls(BatchWriteItemCommand)[0]?.args[0].input.RequestItems?.['t'];
    expect(sent).toEqual([{ PutRequest: { Item: { pk: { S: 'a' }, status: { S: 'later' } } } }]);
  });

  it('fails every put of a call that fails', async () => {
    dynamo.on(BatchWriteItemCommand).rejects(new Error('ProvisionedThroughputExceeded'));
    const writer = new BatchWriter(new DynamoDBClient({ region: 'local' }), 't', noWait);
    await expect(writer.put(item('a'))).rejects.toThrow('ProvisionedThroughputExceeded');
  });
});
