import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoFeedRegistry } from '../adapters/dynamodb/feed-registry.js';
import { SqsFeedQueue } from '../adapters/sqs/sqs-feed-queue.js';
import { schedulePolicyOf } from '../core/config/schedule-settings.js';
import { type CycleReport, runScheduleCycle } from '../core/schedule/schedule-cycle.js';
import { syncIfChanged } from '../core/schedule/sync-if-changed.js';
import { readSchedulerSettings } from './settings.js';

// Cold start: settings and clients live as long as the container.
const settings = readSchedulerSettings(process.env);
const policy = schedulePolicyOf(settings.config);
const logger = new Logger({ serviceName: 'feedwatch-schedule' });
const metrics = new Metrics({ namespace: 'feedwatch', serviceName: 'schedule' });
const registry = new DynamoFeedRegistry(new DynamoDBClient({}), settings.tableName);
const queue = new SqsFeedQueue(new SQSClient({}), settings.queueUrl);
const now = (): string => new Date().toISOString();
/** Feeds leased per tick at most: the rest stay due for the next. */
const CYCLE_LIMIT = 5_000;

/** Once per container: the bundled feed list into the registry, when the table holds another. */
let synced: Promise<void> | undefined;
async function syncDeployedFeeds(): Promise<void> {
  const plan = await syncIfChanged(registry, settings.config.feeds, now(), policy);
  if (plan)
    logger.info('feed list synced', {
      added: plan.put.length,
      removed: plan.remove.length,
      duplicates: plan.duplicates.map((d) => d.url),
    });
}

/** The scheduler, every minute: the feeds due now leased and queued, ten to a batch. */
export async function handler(): Promise<CycleReport> {
  try {
    synced ??= syncDeployedFeeds().catch((error: unknown) => {
      synced = undefined;
      throw error;
    });
    await synced;
    const report = await runScheduleCycle({ registry, queue, now, policy, limit: CYCLE_LIMIT });
    metrics.addMetric('feedsDue', MetricUnit.Count, report.due);
    metrics.addMetric('feedsQueued', MetricUnit.Count, report.sent);
    metrics.addMetric('feedQueueFailures', MetricUnit.Count, report.sendFailed);
    const { errors, ...counts } = report;
    if (errors.length > 0) logger.error('schedule cycle errors', { ...counts, errors: errors.slice(0, 20) });
    else logger.info('schedule cycle', counts);
    // Nothing queued while feeds were due: a failure the Errors alarm should see.
    if (report.due > 0 && report.sent === 0 && errors.length > 0) throw new Error(`no due feed queued: ${errors[0]}`);
    return report;
  } finally {
    metrics.publishStoredMetrics();
  }
}
