import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository.js';
import { createGuardedFetcher } from '../adapters/http/guarded-fetch.js';
import { createWebPort } from '../adapters/http/web-port.js';
import { pollFeeds, type PollEvent, type PollSummary } from '../core/poll-feeds.js';
import { readPollSettings } from './settings.js';

// Cold start: settings, clients and the fetcher's connection pool live as long as the container.
const settings = readPollSettings(process.env);
const repository = new DynamoRepository(new DynamoDBClient({}), settings.tableName);
const web = createWebPort(createGuardedFetcher());

function log(event: PollEvent): void {
  if (event.type === 'article') console.log(JSON.stringify({ event: 'article', feed: event.feed, url: event.url, articleId: event.article.id, new: event.isNew }));
  else console.log(JSON.stringify({ event: event.type, ...event }));
}

/** The scheduled poll: every configured feed, new articles into the table (the stream alerts on them). */
export async function handler(_event: unknown, context: Pick<Context, 'getRemainingTimeInMillis'>): Promise<PollSummary> {
  return pollFeeds(
    settings.feeds,
    {
      web,
      store: repository,
      feedStates: repository,
      now: () => new Date().toISOString(),
      shouldStop: () => context.getRemainingTimeInMillis() < settings.reserveMs,
    },
    log,
  );
}
