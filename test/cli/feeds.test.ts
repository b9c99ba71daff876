import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { CreateTableCommand, DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { DynamoFeedRegistry } from '../../functions/adapters/dynamodb/feed-registry.js';
import { createTableInput } from '../../functions/adapters/dynamodb/table-definition.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../functions/core/schedule/schedule-policy.js';
import { newFeedRecord } from '../../functions/core/schedule/sync-feeds.js';
import { LOCAL_TABLE } from '../../functions/local/local-runtime.js';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server.js';
import { feedwatch, jsonLines } from '../support/run-cli.js';

let server: FixtureServer;
let work: string;
let config: string;
beforeAll(async () => {
  server = await startFixtureServer();
  work = await mkdtemp(join(tmpdir(), 'feedwatch-feeds-'));
  config = join(work, 'ops.json');
  await writeFile(
    config,
    JSON.stringify({
      feeds: [{ url: `${server.base}/other/feed`, outlet: 'Another outlet' }, { url: `${server.base}/500` }],
      watches: ['Deir Ezzor'],
    }),
  );
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('feedwatch feeds', () => {
  it('lists the configured feeds as never checked in a store not made yet, and makes none', async () => {
    const store = join(work, 'not-yet');
    const r = await feedwatch(['feeds', '--config', config, '--store', store, '--json']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      {
        type: 'feed',
        url: `${server.base}/500`,
        host: server.host,
        health: 'ok',
        failures: 0,
        source: 'none',
        configured: true,
      },
      {
        type: 'feed',
        url: `${server.base}/other/feed`,
        outlet: 'Another outlet',
        host: server.host,
        health: 'ok',
        failures: 0,
        source: 'none',
        configured: true,
      },
      { type: 'summary', feeds: 2, ok: 2, failing: 0, disabled: 0, store },
    ]);
    expect(existsSync(store)).toBe(false);
  });

  it('reads a store made before the scheduler’s index existed', async () => {
    const store = join(work, 'old');
    const db = await startEmbeddedDynamo({ dir: store, tableName: LOCAL_TABLE });
    const { GlobalSecondaryIndexes: _index, ...before } = createTableInput(LOCAL_TABLE);
    await db.client.send(new DeleteTableCommand({ TableName: LOCAL_TABLE }));
    await db.client.send(
      new CreateTableCommand({ ...before, AttributeDefinitions: before.AttributeDefinitions.slice(0, 1) }),
    );
    await db.close();
    const r = await feedwatch(['feeds', '--config', config, '--store', store, '--json']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).at(-1)).toMatchObject({ type: 'summary', feeds: 2 });
  });

  it('shows what the local poll found: the failing feed first, with why', async () => {
    const store = join(work, 'polled');
    const poll = await feedwatch(['poll', '--config', config, '--store', store, '--json', '--allow-private']);
    expect(poll.code).toBe(2);
    const r = await feedwatch(['feeds', '--config', config, '--store', store, '--json']);
    const lines = jsonLines(r.stdout);
    expect(lines[0]).toMatchObject({
      url: `${server.base}/500`,
      health: 'failing',
      failures: 1,
      why: `${server.base}/500 answered HTTP 500`,
      source: 'poll',
      lastCheckAt: expect.any(String),
    });
    expect(lines[0]?.['lastSuccessAt']).toBeUndefined();
    expect(lines[1]).toMatchObject({ url: `${server.base}/other/feed`, health: 'ok', failures: 0, source: 'poll' });
    expect(lines[2]).toEqual({ type: 'summary', feeds: 2, ok: 1, failing: 1, disabled: 0, store });

    const text = await feedwatch(['feeds', '--config', config, '--store', store]);
    expect(text.stdout).toContain(`failing  ${server.base}/500\n`);
    expect(text.stdout).toContain('1 failures in a row: ');
    expect(text.stdout).toContain('2 feeds: 1 ok, 1 failing, 0 disabled.');
  });

  it('lists the scheduler’s records with their schedule, a disabled one first, one no longer configured marked', async () => {
    const store = join(work, 'scheduled');
    const db = await startEmbeddedDynamo({ dir: store, tableName: LOCAL_TABLE });
    const registry = new DynamoFeedRegistry(db.client, LOCAL_TABLE);
    const now = '2026-03-02T10:00:00.000Z';
    await registry.put({
      ...newFeedRecord({ url: `${server.base}/500` }, now, policy),
      health: 'disabled',
      failures: 11,
      why: 'HTTP 500',
      lastCheckAt: now,
      nextCheckAt: '2026-03-03T10:00:00.000Z',
    });
    await registry.put({ ...newFeedRecord({ url: 'https://gone.example/feed' }, now, policy) });
    await db.close();

    const lines = jsonLines((await feedwatch(['feeds', '--config', config, '--store', store, '--json'])).stdout);
    expect(lines.map((l) => [l['url'], l['health'], l['source'], l['configured']])).toEqual([
      [`${server.base}/500`, 'disabled', 'schedule', true],
      [`${server.base}/other/feed`, 'ok', 'none', true],
      ['https://gone.example/feed', 'ok', 'schedule', false],
      [undefined, undefined, undefined, undefined],
    ]);
    expect(lines[0]).toMatchObject({ nextCheckAt: '2026-03-03T10:00:00.000Z', intervalMinutes: 15, why: 'HTTP 500' });
    expect(lines[3]).toMatchObject({ type: 'summary', feeds: 3, ok: 2, failing: 0, disabled: 1 });
  });
});
