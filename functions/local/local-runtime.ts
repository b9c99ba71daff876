import { join, resolve } from 'node:path';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository.js';
import { DynamoDigestQueue } from '../adapters/dynamodb/digest-queue.js';
import { DynamoStorySignatures } from '../adapters/dynamodb/story-signatures.js';
import { closeSync, openSync } from 'node:fs';
import { StoreError, startEmbeddedDynamo } from '../adapters/dynamodb/embedded-dynamodb.js';
import { ExclusiveWriter } from '../adapters/dynamodb/exclusive-writer.js';
import { assertStorePath } from '../adapters/dynamodb/store-folder.js';
import { LocalAlertSink, type OutboxLine } from '../adapters/local/local-alert-sink.js';
import type { IngestDeps } from '../core/ingest-article.js';
import type { ResolvedSubscriber } from '../core/subscribers/resolve-subscribers.js';
import type { Matcher } from '../core/watches/build-matcher.js';

export const LOCAL_TABLE = 'feedwatch';

/** An outbox that cannot be appended to fails the run before any work, not each alert after storing. */
function assertWritableOutbox(path: string): void {
  try {
    closeSync(openSync(path, 'a'));
  } catch (error) {
    throw new StoreError(
      `outbox ${path} is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

export interface LocalRuntime {
  deps: IngestDeps;
  repository: DynamoRepository;
  /** The stories waiting for subscribers' digests. */
  digests: DynamoDigestQueue;
  /** Where alerts and digests go: the console and the outbox. */
  publisher: LocalAlertSink;
  /** The folder of the on-disk store, or undefined in memory. */
  storeDir: string | undefined;
  outboxPath: string | undefined;
  close(): Promise<void>;
}

/**
 * The local edges: the embedded DynamoDB (in memory, or on disk under a
 * folder) and the console/JSONL sink in place of SNS. The core is the same as
 * on AWS.
 */
export async function openLocalRuntime(options: {
  store: 'memory' | string;
  /** What the run matches articles with; none (`feedwatch digest`): the run stores and alerts no article. */
  matcher?: Matcher;
  /** Who the alerts go to; none: one alert per article naming every watch. */
  subscribers?: readonly ResolvedSubscriber[];
  outbox?: string;
  echo?: (line: OutboxLine) => void;
  /** Conditional puts, as on AWS, instead of the store's batched ones: for the bench's comparison. */
  conditionalPuts?: boolean;
  /** Repair a damaged store folder, keeping what can be read, instead of refusing it. */
  repair?: boolean;
}): Promise<LocalRuntime> {
  if (options.store !== 'memory') assertStorePath(options.store);
  const storeDir = options.store === 'memory' ? undefined : resolve(options.store);
  const folderOutbox = storeDir ? join(storeDir, 'outbox.jsonl') : undefined;
  const outboxPath = options.outbox ? resolve(options.outbox) : folderOutbox;
  const dynamo = await startEmbeddedDynamo({
    ...(storeDir ? { dir: storeDir } : {}),
    tableName: LOCAL_TABLE,
    // Alerts in the folder's outbox show the store was used, even one made before the folder was marked.
    ...(folderOutbox ? { traces: [folderOutbox] } : {}),
    ...(options.repair ? { repair: true } : {}),
  });
  try {
    if (outboxPath) assertWritableOutbox(outboxPath);
  } catch (error) {
    await dynamo.close();
    throw error;
  }
  // The embedded store is this process's alone (dynalite holds its file lock): batched puts are exact, and
  // a claim left pending by an earlier run was abandoned by a process that is gone.
  const startedAt = new Date().toISOString();
  const writer = options.conditionalPuts ? undefined : new ExclusiveWriter(dynamo.client, LOCAL_TABLE);
  const repository = new DynamoRepository(dynamo.client, LOCAL_TABLE, writer, () => startedAt);
  const digests = new DynamoDigestQueue(dynamo.client, LOCAL_TABLE, writer);
  const sink = new LocalAlertSink({
    ...(outboxPath ? { outboxPath } : {}),
    ...(options.echo ? { echo: options.echo } : {}),
  });
  const now = (): string => new Date().toISOString();
  return {
    deps: {
      store: repository,
      now,
      ...(options.matcher
        ? {
            alerts: {
              ledger: repository,
              publisher: sink,
              matcher: options.matcher,
              now,
              ...(options.subscribers ? { subscribers: options.subscribers } : {}),
              stories: new DynamoStorySignatures(dynamo.client, LOCAL_TABLE, writer),
              digests,
            },
          }
        : {}),
    },
    repository,
    digests,
    publisher: sink,
    storeDir,
    outboxPath,
    close: async () => {
      await sink.close();
      await dynamo.close();
    },
  };
}
