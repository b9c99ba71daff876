import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository.js';
import { createGuardedFetcher } from '../adapters/http/guarded-fetch.js';
import { createWebPort } from '../adapters/http/web-port.js';
import { type PollEvent, type PollSummary, pollFeeds } from '../core/poll-feeds.js';
import type { WebPort } from '../core/ports.js';
import { readPollSettings } from './settings.js';

// Cold start: settings, clients and the fetcher's connection pool live as long as the container.
const settings = readPollSettings(process.env);
const logger = new Logger({ serviceName: 'feedwatch-poll' });
const metrics = new Metrics({ namespace: 'feedwatch', serviceName: 'poll' });
const repository = new DynamoRepository(new DynamoDBClient({}), settings.tableName);
const web = timed(createWebPort(createGuardedFetcher()));

/** The web port with each fetch's latency recorded as a metric. */
function timed(inner: WebPort): WebPort {
  const measure = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      metrics.addMetric(`${what}FetchLatency`, MetricUnit.Milliseconds, performance.now() - started);
    }
  };
  return {
    getFeed: (url, v) => measure('feed', () => inner.getFeed(url, v)),
    getPage: (url) => measure('page', () => inner.getPage(url)),
  };
}

function record(event: PollEvent): void {
  switch (event.type) {
    case 'article':
      if (event.outcome.isNew) metrics.addMetric('articlesStored', MetricUnit.Count, 1);
      logger.info('article', {
        feedUrl: event.feed,
        url: event.url,
        articleId: event.outcome.article.id,
        new: event.outcome.isNew,
        fromFeedContent: event.fromFeedContent,
      });
      return;
    case 'item-failed':
      logger.warn(event.gaveUp ? 'item given up' : 'item not stored, tried again next poll', {
        feedUrl: event.feed,
        url: event.url,
        error: event.error,
        attempts: event.attempts,
      });
      return;
    case 'feed':
      if (event.status === 'failed') {
        metrics.addMetric('feedsFailed', MetricUnit.Count, 1);
        logger.error('feed failed', { feedUrl: event.url, error: event.error });
      } else
        logger.info('feed polled', {
          feedUrl: event.url,
          status: event.status,
          items: event.items,
          stored: event.stored,
        });
  }
}

/** The scheduled poll: every configured feed, new articles into the table (the stream alerts on them). */
export async function handler(
  _event: unknown,
  context: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<PollSummary> {
  try {
    const summary = await pollFeeds(
      settings.config.feeds,
      {
        web,
        store: repository,
        feedStates: repository,
        now: () => new Date().toISOString(),
        shouldStop: () => context.getRemainingTimeInMillis() < settings.reserveMs,
      },
      record,
    );
    logger.info('poll done', { ...summary });
    return summary;
  } finally {
    metrics.publishStoredMetrics();
  }
}
