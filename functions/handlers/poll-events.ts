import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { PollEvent } from '../core/poll-feeds.js';
import type { HintedWebPort } from '../core/poll-one.js';

/** The web port with each fetch's latency recorded as a metric. */
export function timed(inner: HintedWebPort, metrics: Metrics): HintedWebPort {
  const measure = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      metrics.addMetric(`${what}FetchLatency`, MetricUnit.Milliseconds, performance.now() - started);
    }
  };
  return {
    getFeed: (url, v, onResponse) => measure('feed', () => inner.getFeed(url, v, onResponse)),
    getPage: (url) => measure('page', () => inner.getPage(url)),
  };
}

/** A poll's events as log lines and metrics; a feed's `stored` is its own items only. */
export function logPollEvent(event: PollEvent, logger: Logger, metrics: Metrics): void {
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
