import { mkdtemp, open, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRepository } from '../../functions/adapters/dynamodb/dynamo-repository.js';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { STORE_MARKER } from '../../functions/adapters/dynamodb/store-folder.js';
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
    expect(out.Table?.AttributeDefinitions).toEqual([
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'dueShard', AttributeType: 'S' },
      { AttributeName: 'nextCheckAt', AttributeType: 'S' },
    ]);
    // The scheduler's index of feeds by when they fall due, as on AWS.
    expect(out.Table?.GlobalSecondaryIndexes?.map((i) => [i.IndexName, i.KeySchema])).toEqual([
      [
        'due',
        [
          { AttributeName: 'dueShard', KeyType: 'HASH' },
          { AttributeName: 'nextCheckAt', KeyType: 'RANGE' },
        ],
      ],
    ]);
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

/** A store in `dir` holding `count` alert claims, closed: what a replay leaves behind. */
async function storeWithClaims(dir: string, count: number): Promise<void> {
  const db = await startEmbeddedDynamo({ dir, tableName: TABLE });
  const repo = new DynamoRepository(db.client, TABLE);
  for (let i = 0; i < count; i += 1) await repo.claim(`article-${i}`, ['Deir Ezzor'], '2026-11-22T00:00:00.000Z');
  await db.close();
}

async function itemCount(db: EmbeddedDynamo): Promise<number> {
  return (await db.client.send(new ScanCommand({ TableName: TABLE, Select: 'COUNT' }))).Count ?? 0;
}

/** Overwrites 200 bytes in the middle of the store's LevelDB log, as a bad disk or a stray write would. */
async function damageLog(dir: string): Promise<string> {
  const folder = join(dir, 'dynamodb');
  const log = (await readdir(folder)).find((name) => name.endsWith('.log'));
  if (!log) throw new Error('the store left no log');
  const file = await open(join(folder, log), 'r+');
  try {
    const { size } = await file.stat();
    await file.write(Buffer.alloc(200, 0x41), 0, 200, Math.floor(size / 2));
  } finally {
    await file.close();
  }
  return log;
}

describe('a damaged store folder', () => {
  it('refuses a store whose log was overwritten, naming the log and the way out, and changes nothing', async () => {
    await withFolder(async (dir) => {
      await storeWithClaims(dir, 200);
      const log = await damageLog(dir);
      const before = await readFile(join(dir, 'dynamodb', log));
      const refused = startEmbeddedDynamo({ dir, tableName: TABLE });
      await expect(refused).rejects.toThrow(`store folder ${dir} is damaged: dynamodb/${log} has a checksum mismatch`);
      await expect(refused).rejects.toThrow('Run again with --repair to keep what can be read, or give a new folder');
      await expect(refused).rejects.toMatchObject({ name: 'StoreError' });
      // Refused before LevelDB opened it: the log is as it was, and the next open says the same.
      expect(await readFile(join(dir, 'dynamodb', log))).toEqual(before);
      await expect(startEmbeddedDynamo({ dir, tableName: TABLE })).rejects.toThrow('is damaged');
    });
  });

  it('repairs a store whose log was overwritten when asked, keeping what can be read', async () => {
    await withFolder(async (dir) => {
      await storeWithClaims(dir, 200);
      await damageLog(dir);
      const repaired = await startEmbeddedDynamo({ dir, tableName: TABLE, repair: true });
      const kept = await itemCount(repaired);
      await repaired.close();
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(200);
      // Repaired, it opens as it is from then on.
      const again = await startEmbeddedDynamo({ dir, tableName: TABLE });
      expect(await itemCount(again)).toBe(kept);
      await again.close();
    });
  });

  it('opens a store whose log ends in a record cut short, as a process killed mid-write leaves it', async () => {
    await withFolder(async (dir) => {
      await storeWithClaims(dir, 20);
      const folder = join(dir, 'dynamodb');
      const log = (await readdir(folder)).find((name) => name.endsWith('.log')) ?? '';
      const { size } = await stat(join(folder, log));
      const file = await open(join(folder, log), 'r+');
      await file.truncate(size - 30);
      await file.close();
      const db = await startEmbeddedDynamo({ dir, tableName: TABLE });
      expect(await itemCount(db)).toBe(19);
      await db.close();
    });
  });

  it('refuses a store folder whose database was deleted while its marker stayed', async () => {
    await withFolder(async (dir) => {
      await storeWithClaims(dir, 5);
      const folder = join(dir, 'dynamodb');
      for (const name of await readdir(folder)) await unlink(join(folder, name));
      await expect(startEmbeddedDynamo({ dir, tableName: TABLE })).rejects.toThrow(
        `store folder ${dir} has lost its database: dynamodb/ is empty or missing, but it was used before (${join(dir, STORE_MARKER)})`,
      );
      expect(await readdir(folder)).toEqual([]);
    });
  });

  it('refuses an emptied store folder, made before the marker, by the alerts its outbox holds', async () => {
    await withFolder(async (dir) => {
      const outbox = join(dir, 'outbox.jsonl');
      await writeFile(outbox, '{"type":"alert","id":"a1"}\n');
      await expect(startEmbeddedDynamo({ dir, tableName: TABLE, traces: [outbox] })).rejects.toThrow(
        `but it was used before (${outbox})`,
      );
    });
  });

  it('starts an emptied store folder again, empty, when asked to repair it', async () => {
    await withFolder(async (dir) => {
      await storeWithClaims(dir, 5);
      await rm(join(dir, 'dynamodb'), { recursive: true });
      const db = await startEmbeddedDynamo({ dir, tableName: TABLE, repair: true });
      expect(await itemCount(db)).toBe(0);
      await db.close();
    });
  });

  it('starts a new folder, and one with an empty outbox, as a new store', async () => {
    await withFolder(async (dir) => {
      const outbox = join(dir, 'outbox.jsonl');
      await writeFile(outbox, '');
      const db = await startEmbeddedDynamo({ dir, tableName: TABLE, traces: [outbox] });
      await db.close();
      expect(JSON.parse(await readFile(join(dir, STORE_MARKER), 'utf8'))).toEqual({
        store: 'feedwatch',
        database: 'dynamodb',
      });
    });
  });

  it('refuses an empty store path rather than filling the current folder', async () => {
    await expect(startEmbeddedDynamo({ dir: '', tableName: TABLE })).rejects.toThrow(
      'store folder is empty: give a folder, or "memory" for a store in memory',
    );
    await expect(startEmbeddedDynamo({ dir: '  ', tableName: TABLE })).rejects.toMatchObject({ name: 'StoreError' });
  });
});
