import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository.js';
import { boundedSnsClient } from '../adapters/sns/bounded-sns-client.js';
import { SnsAlertPublisher } from '../adapters/sns/sns-alert-publisher.js';
import { throttledPublisher } from '../adapters/sns/throttled-publisher.js';
import type { AlertPublisher, Clock } from '../core/ports.js';
import type { AlertSettings } from './settings.js';

/** Left of an invocation when it stops claiming: enough to publish what it claimed, under the throttle. */
const RESERVE_MS = 20_000;

/**
 * What the alert and digest functions share to publish once: the repository
 * whose claims age out after the stack's lease, the bounded and throttled SNS
 * publisher, the clock, and a stop that falls due when the current
 * invocation's time runs short (each handler tells it which invocation runs).
 */
export function publishingPorts(settings: AlertSettings, client: DynamoDBClient) {
  let invocation: Pick<Context, 'getRemainingTimeInMillis'> | undefined;
  const repository = new DynamoRepository(client, settings.tableName, undefined, () =>
    new Date(Date.now() - settings.claimLeaseMs).toISOString(),
  );
  const publisher: AlertPublisher = throttledPublisher(
    new SnsAlertPublisher(boundedSnsClient(), settings.topicArn),
    settings.publishPerSecond,
  );
  const now: Clock = () => new Date().toISOString();
  return {
    repository,
    publisher,
    now,
    shouldStop: (): boolean => (invocation?.getRemainingTimeInMillis() ?? Number.POSITIVE_INFINITY) < RESERVE_MS,
    running: (context: Pick<Context, 'getRemainingTimeInMillis'>): void => {
      invocation = context;
    },
  };
}
