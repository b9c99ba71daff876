import { afterAll, beforeAll } from 'vitest';
import {
  type EmbeddedDynamo,
  ensureTable,
  startEmbeddedDynamo,
} from '../../functions/adapters/dynamodb/embedded-dynamodb.js';

/**
 * One embedded DynamoDB for a test file, started before its tests and closed
 * after, and a fresh table on it for each case that asks, so that cases
 * cannot see each other's items.
 */
export function freshTables(prefix: string): { db: () => EmbeddedDynamo; table: () => Promise<string> } {
  let db: EmbeddedDynamo | undefined;
  let tables = 0;
  beforeAll(async () => {
    db = await startEmbeddedDynamo({ tableName: `${prefix}-0` });
  });
  afterAll(async () => {
    await db?.close();
  });
  const started = (): EmbeddedDynamo => {
    if (!db) throw new Error('the embedded store starts before the tests');
    return db;
  };
  return {
    db: started,
    table: async () => {
      tables += 1;
      const name = `${prefix}-${tables}`;
      await ensureTable(started().client, name);
      return name;
    },
  };
}
