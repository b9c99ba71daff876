import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRepository } from '../../functions/adapters/dynamodb/dynamo-repository.js';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { TABLE_DEFINITION } from '../../functions/adapters/dynamodb/table-definition.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import type { StoredArticle } from '../../functions/core/ports.js';
import { seed } from '../support/seeds.js';

const TABLE = 'feedwatch-test';
const stored = (n: number): StoredArticle => ({ ...parseNormalForm(seed(n)), ingestedAt: '2026-11-22T00:00:00.000Z' });

async function withFolder(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'feedwatch-store-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the embedded store in memory', () => {
  let db: EmbeddedDynamo;
  beforeAll(async () => {
    db = await startEmbeddedDynamo({ tableName: TABLE });
  });
  afterAll(async () => {
    await db.close();
  });

  it('creates its table from the shared definition', async () => {
    const out = await db.client.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(out.Table?.KeySchema).toEqual([{ AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' }]);
    expect(out.Table?.AttributeDefinitions).toEqual([{ AttributeName: 'pk', AttributeType: 'S' }]);
  });
});

describe('the embedded store on disk', () => {
  it('keeps articles across restarts', async () => {
    await withFolder(async (dir) => {
      const first = await startEmbeddedDynamo({ dir, tableName: TABLE });
      await new DynamoRepository(first.client, TABLE).putIfAbsent(stored(4));
      await first.close();
      const second = await startEmbeddedDynamo({ dir, tableName: TABLE });
      expect(await new DynamoRepository(second.client, TABLE).putIfAbsent(stored(4))).toBe(false);
      await second.close();
    });
  });

  it('refuses a folder that another process holds', async () => {
    await withFolder(async (dir) => {
      const first = await startEmbeddedDynamo({ dir, tableName: TABLE });
      try {
        await expect(startEmbeddedDynamo({ dir, tableName: TABLE })).rejects.toThrow(
          `store folder ${dir} is in use by another feedwatch process`,
        );
      } finally {
        await first.close();
      }
    });
  });

  it('refuses a folder it cannot write, before any work', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'a-file');
      await writeFile(file, 'not a folder');
      await expect(startEmbeddedDynamo({ dir: join(file, 'store'), tableName: TABLE })).rejects.toThrow(
        /store folder .* is not writable \(ENOTDIR\)/,
      );
    });
  });
});
