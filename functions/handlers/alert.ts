import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, ScheduledEvent } from 'aws-lambda';
import { fromArticleItem } from '../adapters/dynamodb/article-item.js';
import { DynamoDigestQueue } from '../adapters/dynamodb/digest-queue.js';
import { DynamoStorySignatures } from '../adapters/dynamodb/story-signatures.js';
import { DynamoSweepQueue } from '../adapters/dynamodb/sweep-queue.js';
import { ITEM_TYPES, TABLE_DEFINITION } from '../adapters/dynamodb/table-definition.js';
import { type AlertDeps, alertArticle } from '../core/alert-article.js';
import { durationMs } from '../core/config/operator-config.js';
import { isRecent } from '../core/alerts/is-recent.js';
import { resolveSubscribers } from '../core/subscribers/resolve-subscribers.js';
import { sweepArticles } from '../core/sweep-articles.js';
import { publishingPorts } from './publishing-ports.js';
import { readAlertSettings } from './settings.js';

// Cold start: settings, clients and the matcher's automaton live as long as the container.
const settings = readAlertSettings(process.env);
const logger = new Logger({ serviceName: 'feedwatch-alert' });
const metrics = new Metrics({ namespace: 'feedwatch', serviceName: 'alert' });
const client = new DynamoDBClient({});
const ports = publishingPorts(settings, client);
const repository = ports.repository;
// The operator's watches and every subscriber's: a subscriber's own watch is matched for them all the same.
const subscribers = resolveSubscribers(settings.config);
const deps: AlertDeps = {
  ledger: repository,
  publisher: ports.publisher,
  matcher: subscribers.watches.matcher,
  subscribers: subscribers.subscribers,
  stories: new DynamoStorySignatures(client, settings.tableName),
  // Stories for subscribers who take digests wait here for the digest function.
  digests: new DynamoDigestQueue(client, settings.tableName),
  now: ports.now,
  // Claims stop with time to publish those taken: at most one a record, each waiting on the 8-a-second throttle.
  shouldStop: ports.shouldStop,
};
const maxAlertAgeMs = durationMs(settings.config.maxAlertAge);
const sweeps = new DynamoSweepQueue(client, settings.tableName);
const processor = new BatchProcessor(EventType.DynamoDBStreams);

/** One stream record: a new article is matched and alerted once; a retryable failure fails the record. */
async function alertRecord(record: DynamoDBRecord): Promise<void> {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image) return;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item[TABLE_DEFINITION.typeAttribute] !== ITEM_TYPES.article) return;
  const article = fromArticleItem(item);
  // Judged as of when it was stored, as the local poll judges it: a retry hours later drops nothing.
  if (!isRecent(article.published, article.ingestedAt || deps.now(), maxAlertAgeMs)) {
    logger.debug('not alerted: published before the alert window', { articleId: article.id });
    await sweeps.done(article.id);
    return;
  }
  const outcome = await alertArticle(article, article.url ? { url: article.url } : {}, deps);
  for (const d of outcome.deliveries) {
    const who = { articleId: article.id, subscriber: d.subscriber?.id, watches: d.watches };
    if (d.status === 'sent') {
      metrics.addMetric('alertsSent', MetricUnit.Count, 1);
      logger.info('alert sent', { ...who, messageId: d.messageId });
    } else if (d.status === 'queued') {
      metrics.addMetric('storiesQueued', MetricUnit.Count, 1);
      logger.info('queued for a digest', { ...who, delivery: d.digest });
    } else if (d.status === 'failed') {
      metrics.addMetric('alertsFailed', MetricUnit.Count, 1);
      logger.error('alert failed', { ...who, error: d.failed?.error, retryable: d.failed?.retryable });
    } else logger.debug('alerted before', who);
  }
  // Failing the record makes Lambda retry it (bisecting the batch): the deliveries sent are held by their
  // claims, so only the surely unsent ones go again.
  const retry = outcome.deliveries.find((d) => d.failed?.retryable);
  if (retry) throw new Error(retry.failed?.error);
  // Decided: the sweep need not look at it. A claim found held may be one an invocation that died left
  // pending: the sweep looks at that article once the claim's lease is past.
  if (!outcome.deliveries.some((d) => d.status === 'before')) await sweeps.done(article.id);
  if (outcome.deliveries.length === 0)
    logger.debug('no alert', { articleId: article.id, watches: outcome.hits.map((h) => h.watch) });
}

/**
 * Every few minutes, the sweep: articles stored a quarter of an hour ago are
 * alerted where the stream could not. Run by this function, one invocation
 * at a time, so it never races the stream for a story.
 */
async function sweep() {
  const report = await sweepArticles({
    sweep: sweeps,
    store: repository,
    alerts: deps,
    maxAlertAgeMs,
  });
  metrics.addMetric('sweptArticles', MetricUnit.Count, report.swept);
  if (report.sent + report.queued > 0) {
    // The stream missed these: worth an operator's look.
    metrics.addMetric('alertsSentBySweep', MetricUnit.Count, report.sent + report.queued);
    logger.warn('the sweep sent alerts the stream had not', { ...report });
  }
  if (report.failed > 0) metrics.addMetric('alertsFailed', MetricUnit.Count, report.failed);
  return report;
}

/**
 * The table's stream (returns the sequence numbers of the records that
 * failed, for Lambda to retry), or the sweep's schedule.
 */
export async function handler(event: DynamoDBStreamEvent | Pick<ScheduledEvent, 'source'>, context: Context) {
  logger.addContext(context);
  ports.running(context);
  try {
    if (!('Records' in event)) return await sweep();
    // A batch whose every record failed is still answered record by record, so bisecting and retries work per record.
    return await processPartialResponse(event, alertRecord, processor, { context, throwOnFullBatchFailure: false });
  } finally {
    metrics.publishStoredMetrics();
  }
}
