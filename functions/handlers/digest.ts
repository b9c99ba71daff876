import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { DynamoDigestQueue } from '../adapters/dynamodb/digest-queue.js';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository.js';
import { boundedSnsClient } from '../adapters/sns/bounded-sns-client.js';
import { SnsAlertPublisher } from '../adapters/sns/sns-alert-publisher.js';
import { throttledPublisher } from '../adapters/sns/throttled-publisher.js';
import { type DigestDeps, type DigestOutcome, sendDueDigests } from '../core/subscribers/send-digests.js';
import { resolveSubscribers } from '../core/subscribers/resolve-subscribers.js';
import { readAlertSettings } from './settings.js';

// Cold start: settings, clients and the subscribers live as long as the container.
const settings = readAlertSettings(process.env);
const logger = new Logger({ serviceName: 'feedwatch-digest' });
const metrics = new Metrics({ namespace: 'feedwatch', serviceName: 'digest' });
const client = new DynamoDBClient({});
const takers = resolveSubscribers(settings.config).subscribers.filter((s) => s.delivery !== 'immediate');
/** Left of an invocation when it stops claiming digests: the next run, 15 minutes on, sends the rest. */
const RESERVE_MS = 20_000;
let invocation: Pick<Context, 'getRemainingTimeInMillis'> | undefined;
const deps: DigestDeps = {
  queue: new DynamoDigestQueue(client, settings.tableName),
  ledger: new DynamoRepository(client, settings.tableName, undefined, () =>
    new Date(Date.now() - settings.claimLeaseMs).toISOString(),
  ),
  publisher: throttledPublisher(
    new SnsAlertPublisher(boundedSnsClient(), settings.topicArn),
    settings.publishPerSecond,
  ),
  now: () => new Date().toISOString(),
  shouldStop: () => (invocation?.getRemainingTimeInMillis() ?? Number.POSITIVE_INFINITY) < RESERVE_MS,
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
  invocation = context;
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
