import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository.js';
import { DynamoFeedRegistry } from '../adapters/dynamodb/feed-registry.js';
import { DynamoSweepQueue } from '../adapters/dynamodb/sweep-queue.js';
import { createGuardedFetcher } from '../adapters/http/guarded-fetch.js';
import { createWebPort } from '../adapters/http/web-port.js';
import { createNoticePublisher } from '../adapters/sns/feed-notice-publisher.js';
import { schedulePolicyOf, userAgentOf } from '../core/config/schedule-settings.js';
import { createPollOne } from '../core/poll-one.js';
import { createHostGate, DEFAULT_POLITENESS } from '../core/schedule/host-gate.js';
import { type BatchReport, workFeedBatch } from '../core/schedule/poll-worker.js';
import { logPollEvent, timed } from './poll-events.js';
import { readWorkerSettings } from './settings.js';

// Cold start: settings, clients, the fetcher's connection pool and the host gate live as long as the container.
const settings = readWorkerSettings(process.env);
const policy = schedulePolicyOf(settings.config);
const logger = new Logger({ serviceName: 'feedwatch-poll-worker' });
const metrics = new Metrics({ namespace: 'feedwatch', serviceName: 'poll-worker' });
const dynamo = new DynamoDBClient({});
const repository = new DynamoRepository(dynamo, settings.tableName);
const registry = new DynamoFeedRegistry(dynamo, settings.tableName);
const userAgent = userAgentOf(settings.config, '0.1');
const web = timed(createWebPort(createGuardedFetcher(userAgent ? { userAgent } : {})), metrics);
const now = (): string => new Date().toISOString();
const politely = createHostGate({
  ...DEFAULT_POLITENESS,
  clock: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});
/** When this invocation must start no more work (one invocation at a time per container). */
let stopAt = Number.POSITIVE_INFINITY;
const shouldStop = (): boolean => Date.now() >= stopAt;
// A check cut short by the clock saves what it stored and ends cleanly, rather than the invocation timing out
// with the whole batch (SQS would hand it back, five times, then to the dead-letter queue).
// The stream alerts each new article; its sweep mark backs the stream up.
const sweep = new DynamoSweepQueue(dynamo, settings.tableName);
const pollOne = createPollOne({ web, store: repository, feedStates: repository, now, shouldStop, sweep }, (event) =>
  logPollEvent(event, logger, metrics),
);
const notify = createNoticePublisher(new SNSClient({}), settings.operatorsTopicArn);

function record(report: BatchReport): void {
  for (const entry of report.entries) {
    if ('dropped' in entry) logger.error('message dropped', { messageId: entry.messageId, error: entry.dropped });
    else if ('failed' in entry)
      logger.warn('message back to the queue', { messageId: entry.messageId, error: entry.failed });
    else if (entry.result.status !== 'checked')
      logger.info(`message ${entry.result.status}`, { feedUrl: entry.result.url });
    else {
      const { url, ok, lagMs, record: next, notice } = entry.result;
      // How late after falling due the check started: the schedule's promise is within a minute.
      metrics.addMetric('checkLag', MetricUnit.Milliseconds, lagMs);
      metrics.addMetric(ok ? 'feedsChecked' : 'feedChecksFailed', MetricUnit.Count, 1);
      if (notice?.type === 'feed-disabled') metrics.addMetric('feedsDisabled', MetricUnit.Count, 1);
      logger.info('feed checked', {
        feedUrl: url,
        health: next.health,
        failures: next.failures,
        nextCheckAt: next.nextCheckAt,
        intervalMinutes: Math.round(next.intervalMs / 60_000),
        lagMs,
        ...(next.why ? { why: next.why } : {}),
        ...(notice ? { notice: notice.type } : {}),
      });
    }
  }
}

/** The poll worker: one SQS batch of due feeds (one host's, as the FIFO groups hand them out), checked politely. */
export async function handler(
  event: SQSEvent,
  context: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<SQSBatchResponse> {
  stopAt = Date.now() + context.getRemainingTimeInMillis() - settings.reserveMs;
  try {
    const report = await workFeedBatch(
      event.Records.map((r) => ({ messageId: r.messageId, body: r.body })),
      {
        registry,
        pollOne,
        politely,
        now,
        policy,
        notify,
        shouldStop,
      },
    );
    record(report);
    return { batchItemFailures: report.batchItemFailures };
  } finally {
    metrics.publishStoredMetrics();
  }
}
