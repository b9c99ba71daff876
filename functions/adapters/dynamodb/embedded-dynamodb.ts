import { Agent } from 'node:http';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
  ResourceNotFoundException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { StoreError } from './store-error.js';
import { assertNotHeld, openStoreFolder, type StoreFolderOptions } from './store-folder.js';
import { createTableInput } from './table-definition.js';

export { StoreError };

/**
 * A logger with no `info`: the SDK's logging step calls `logger?.info?.(...)`
 * and so skips building the redacted copy of every request and response it
 * would log, a walk over every attribute value (a tenth of the SDK's time in
 * the replay bench). Nothing was logged at info level anyway.
 */
const SILENT_LOGGER = { trace: () => {}, debug: () => {}, warn: () => {}, error: () => {} } as unknown as NonNullable<
  DynamoDBClientConfig['logger']
>;

export interface EmbeddedDynamo {
  client: DynamoDBClient;
  endpoint: string;
  close(): Promise<void>;
}

/** Creates the table from the shared definition unless it is there already. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException) && (error as Error).name !== 'ResourceNotFoundException')
      throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 0.05, maxDelay: 0.2 }, { TableName: tableName });
}

/**
 * dynalite runs in a worker thread of this process: the SDK's work and the
 * store's then use both cores, which the replay bench measured at twice the
 * requests per second of one thread. (Its code is CommonJS; the path comes
 * from here so the worker needs no loader.)
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { dirname, join } = require('node:path');
const dynalite = require(workerData.dynalitePath);
// DynamoDB hands back the item that failed a condition when asked
// (ReturnValuesOnConditionCheckFailure); dynalite 4 drops the parameter. Taught
// here, the repository's writer reads the same answer from both.
const home = dirname(workerData.dynalitePath);
const db = require(join(home, 'db'));
for (const action of ['putItem', 'updateItem', 'deleteItem'])
  require(join(home, 'validations', action)).types.ReturnValuesOnConditionCheckFailure = {
    type: 'String',
    enum: ['ALL_OLD', 'NONE'],
  };
const checkConditional = db.checkConditional;
db.checkConditional = (data, existing) => {
  const failure = checkConditional(data, existing);
  if (failure && existing && data.ReturnValuesOnConditionCheckFailure === 'ALL_OLD') failure.body.Item = existing;
  return failure;
};
const server = dynalite(workerData.options);
server.on('error', (error) => parentPort.postMessage({ error: String(error && error.message || error) }));
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'close') server.close(() => parentPort.postMessage({ closed: true }));
});
`;

/**
 * The store's heap stays small: dynalite keeps little in JavaScript (LevelDB
 * holds the data), and a lazily collected heap would double the process's RSS.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

function startWorker(options: Record<string, unknown>): Promise<{ worker: Worker; port: number }> {
  const dynalitePath = createRequire(import.meta.url).resolve('dynalite');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { dynalitePath, options },
    resourceLimits: WORKER_LIMITS,
  });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { port?: number; error?: string }) => {
      if (message.port) resolve({ worker, port: message.port });
      else reject(new StoreError(`embedded store failed to start: ${message.error ?? 'no port'}`));
    });
  });
}

/**
 * Starts dynalite in this process on a loopback port, in memory or on disk
 * under `dir`, and returns a DynamoDB client for it: the repository's code
 * runs unchanged against it. A folder is checked first (see openStoreFolder):
 * a damaged or emptied store is refused unless `repair` is asked for.
 */
export async function startEmbeddedDynamo(
  options: { dir?: string; tableName: string } & StoreFolderOptions,
): Promise<EmbeddedDynamo> {
  const folder = options.dir === undefined ? undefined : await openStoreFolder(options.dir, options);
  const { worker, port } = await startWorker({
    ...(folder ? { path: folder.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  let failure: Error | undefined;
  // A store that dies mid-run fails the requests in flight with this reason.
  worker.on('error', (error) => {
    failure = error;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    requestHandler: { httpAgent: agent },
    cacheMiddleware: true,
    logger: SILENT_LOGGER,
  });
  const close = async (): Promise<void> => {
    client.destroy();
    agent.destroy();
    if (!failure) {
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
        worker.postMessage('close');
      });
    }
    await worker.terminate();
  };
  try {
    await ensureTable(client, options.tableName);
    await folder?.markUsed();
  } catch (error) {
    await close();
    // Another process may have taken the folder between the check and dynalite's own open.
    if (options.dir !== undefined) await assertNotHeld(options.dir);
    throw new StoreError(`embedded store failed to start: ${(failure ?? (error as Error)).message}`);
  }
  return { client, endpoint, close };
}
