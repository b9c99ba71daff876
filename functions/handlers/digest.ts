import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { DynamoDigestQueue } from '../adapters/dynamodb/digest-queue.js';
import { type DigestDeps, type DigestOutcome, sendDueDigests } from '../core/subscribers/send-digests.js';
import { resolveSubscribers } from '../core/subscribers/resolve-subscribers.js';
import { publishingPorts } from './publishing-ports.js';
import { readAlertSettings } from './settings.js';

// Cold start: settings, clients and the subscribers live as long as the container.
const settings = readAlertSettings(process.env);
const logger = new Logger({ serviceName: 'feedwatch-digest' });
const metrics = new Metrics({ namespace: 'feedwatch', serviceName: 'digest' });
const client = new DynamoDBClient({});
const takers = resolveSubscribers(settings.config).subscribers.filter((s) => s.delivery !== 'immediate');
// Stopped short of its time, a run leaves the rest to the next, 15 minutes on.
const ports = publishingPorts(settings, client);
const deps: DigestDeps = {
  queue: new DynamoDigestQueue(client, settings.tableName),
  ledger: ports.repository,
  publisher: ports.publisher,
  now: ports.now,
  shouldStop: ports.shouldStop,
};

function report(o: DigestOutcome): void {
  const who = { subscriber: o.subscriber.id, period: o.period.key };
  if (o.status === 'sent') {
    metrics.addMetric('digestsSent', MetricUnit.Count, 1);
    logger.info('digest sent', { ...who, messageId: o.messageId, articles: o.message?.ids.length });
    if (o.warning) logger.warn(o.warning, who);
  } else if (o.status === 'failed') {
    metrics.addMetric('digestsFailed', MetricUnit.Count, 1);
    logger.error('digest failed', { ...who, error: o.failed?.error, retryable: o.failed?.retryable });
  } else logger.debug(`no digest: ${o.status}`, who);
}

/**
 * Every 15 minutes: the digests due at the scheduled time. A run that was
 * retried names the same time, so the same periods, which its claims hold;
 * a failed digest keeps its stories for the next run.
 */
export async function handler(event: Pick<ScheduledEvent, 'time'>, context: Context) {
  logger.addContext(context);
  ports.running(context);
  try {
    const at = Number.isNaN(Date.parse(event.time)) ? deps.now() : new Date(event.time).toISOString();
    const outcomes = await sendDueDigests(takers, at, deps);
    for (const o of outcomes) report(o);
    const count = (status: DigestOutcome['status']) => outcomes.filter((o) => o.status === status).length;
    return { at, sent: count('sent'), failed: count('failed'), empty: count('empty'), stopped: count('stopped') };
  } finally {
    metrics.publishStoredMetrics();
  }
}
