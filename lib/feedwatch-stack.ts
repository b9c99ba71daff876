import { Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Subscription, SubscriptionFilter, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import { DeduplicationScope, FifoThroughputLimit, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ITEM_TYPES, TABLE_DEFINITION } from '../functions/adapters/dynamodb/table-definition.js';
import type { OperatorConfig } from '../functions/core/config/operator-config.js';
import { schedulePolicyOf } from '../functions/core/config/schedule-settings.js';
import type { SchedulePolicy } from '../functions/core/schedule/schedule-policy.js';
import { FeedwatchFunction } from './feedwatch-function.js';
import { FeedwatchTable } from './feedwatch-table.js';
import { resolveSubscriptions } from './stack-config.js';

/** Poll workers at once, at most: the SQS event source's maximum concurrency. */
export const MAX_WORKERS = 50;

/**
 * The queue depth that means the workers are behind: five minutes of checks
 * at the default interval (about 2,300 for 7,000 feeds at 15 minutes), and
 * never under 100.
 */
export function backlogThreshold(feeds: number, policy: SchedulePolicy): number {
  return Math.max(100, Math.ceil((feeds * 5 * 60_000) / policy.defaultIntervalMs));
}

export interface FeedwatchStackProps extends StackProps {
  config: OperatorConfig;
}

/** An SQS queue for what failed for good: encrypted, TLS only, kept two weeks. */
function deadLetterQueue(scope: Construct, id: string): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
}

/** SNS encrypted at rest with the AWS-managed key (email endpoints need no key grant). */
function encryptedTopic(scope: Construct, id: string, displayName: string): Topic {
  return new Topic(scope, id, {
    displayName,
    enforceSSL: true,
    masterKey: Alias.fromAliasName(scope, `${id}Key`, 'alias/aws/sns'),
  });
}

/**
 * The pipeline on AWS, as a list of parts: the table, the alerts topic and its
 * subscriptions, the poll (a scheduler every minute, a FIFO queue of due
 * feeds, the workers that check them), the stream-driven alerts, the
 * scheduled digests, and the alarms that tell operators when any of it fails.
 */
export class FeedwatchStack extends Stack {
  constructor(scope: Construct, id: string, props: FeedwatchStackProps) {
    super(scope, id, props);
    const { config } = props;
    const subscriptions = resolveSubscriptions(config);

    // 1. The store: one table, its stream feeding the alerts.
    const store = new FeedwatchTable(this, 'Store');
    const { table } = store;

    // 2. Alerts: one topic, one email subscription per subscriber, filtered to the messages meant for them.
    const alertsTopic = encryptedTopic(this, 'AlertsTopic', 'feedwatch alerts');
    subscriptions.forEach((s, i) => {
      new Subscription(this, `Subscriber${i}`, {
        topic: alertsTopic,
        protocol: SubscriptionProtocol.EMAIL,
        endpoint: s.email,
        filterPolicy: { subscriber: SubscriptionFilter.stringFilter({ allowlist: [s.id] }) },
      });
    });

    // The operators' topic: alarms, and the notice of a feed disabled or back.
    const opsTopic = encryptedTopic(this, 'OperatorsTopic', 'feedwatch operators');
    config.alarmEmails.forEach((email, i) => {
      new Subscription(this, `Operator${i}`, {
        topic: opsTopic,
        protocol: SubscriptionProtocol.EMAIL,
        endpoint: email,
      });
    });

    // 3. The poll: every minute the scheduler queues the feeds that are due; workers check them, politely.
    const policy = schedulePolicyOf(config);
    const feedDlq = new Queue(this, 'FeedDeadLetters', {
      fifo: true,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const workerTimeout = Duration.minutes(2);
    const feedQueue = new Queue(this, 'FeedQueue', {
      // One message group per host: SQS never hands one host's checks to two workers at once.
      fifo: true,
      deduplicationScope: DeduplicationScope.MESSAGE_GROUP,
      fifoThroughputLimit: FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Three worker timeouts: a batch is never handed out twice while it runs.
      visibilityTimeout: Duration.seconds(workerTimeout.toSeconds() * 3),
      // A message older than a few leases is stale (the scheduler has queued its feed again).
      retentionPeriod: Duration.hours(1),
      deadLetterQueue: { queue: feedDlq, maxReceiveCount: 5 },
    });

    const scheduler = new FeedwatchFunction(this, 'Scheduler', {
      entry: 'schedule',
      config,
      description: 'feedwatch: every minute, queues the feeds that are due (and syncs a new feed list into the table)',
      // A tick takes seconds; the first after a deploy of thousands of feeds also writes their records.
      timeout: Duration.minutes(5),
      environment: {
        TABLE_NAME: table.tableName,
        QUEUE_URL: feedQueue.queueUrl,
        POWERTOOLS_METRICS_NAMESPACE: 'feedwatch',
      },
      // One at a time: two schedulers would race for the same leases (the lease condition keeps it safe, not cheap).
      reservedConcurrentExecutions: 1,
      // A tick that could not run is dropped, not retried: the next tick a minute later does its work.
      extra: { retryAttempts: 0, maxEventAge: Duration.minutes(1) },
    }).fn;
    store.grantItems(scheduler);
    store.grantDueIndex(scheduler);
    feedQueue.grantSendMessages(scheduler);
    new Rule(this, 'ScheduleTick', {
      description: 'feedwatch: the scheduler, every minute',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(scheduler, { retryAttempts: 0, maxEventAge: Duration.minutes(1) })],
    });

    const worker = new FeedwatchFunction(this, 'PollWorker', {
      entry: 'poll-worker',
      config,
      description: 'feedwatch: checks the queued feeds and stores new articles in the normal form',
      timeout: workerTimeout,
      environment: {
        TABLE_NAME: table.tableName,
        OPERATORS_TOPIC_ARN: opsTopic.topicArn,
        WORKER_RESERVE_MS: '30000',
        POWERTOOLS_METRICS_NAMESPACE: 'feedwatch',
      },
    }).fn;
    store.grantItems(worker);
    opsTopic.grantPublish(worker);
    worker.addEventSource(
      new SqsEventSource(feedQueue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: MAX_WORKERS,
      }),
    );

    // The alert and digest functions publish to subscribers, each one invocation at a time, and each
    // subscriber takes one pace (alerts or digests): no email address gets the 10 a second SNS suspends.
    // A claim still pending after twice a function's timeout was left by an invocation that is gone.
    const publishing = (timeout: Duration) => ({
      TABLE_NAME: table.tableName,
      TOPIC_ARN: alertsTopic.topicArn,
      PUBLISH_PER_SECOND: '8',
      CLAIM_LEASE_MS: String(2 * timeout.toMilliseconds()),
      POWERTOOLS_METRICS_NAMESPACE: 'feedwatch',
    });
    const alertTimeout = Duration.minutes(2);
    const digestTimeout = Duration.minutes(5);

    // 4. The alerts: article inserts from the stream, matched, one message each.
    const alertDlq = deadLetterQueue(this, 'AlertDeadLetters');
    Validations.of(alertDlq).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is the stream event source's on-failure destination (cdk-nag sees only SQS redrive): it holds records that failed for good, and nothing reads it to fail again.",
    });
    const alert = new FeedwatchFunction(this, 'Alert', {
      entry: 'alert',
      config,
      description: 'feedwatch: matches new articles against the watches and publishes one alert each',
      timeout: alertTimeout,
      environment: publishing(alertTimeout),
      reservedConcurrentExecutions: 1,
    }).fn;
    store.grantItems(alert);
    store.grantDueIndex(alert);
    alertsTopic.grantPublish(alert);
    // The sweep, by the same function (one invocation at a time, so never beside the stream): articles stored a
    // quarter of an hour ago are alerted where the stream could not. A missed run is left to the next.
    new Rule(this, 'SweepTick', {
      description: 'feedwatch: the alert sweep, every 5 minutes',
      schedule: Schedule.rate(Duration.minutes(5)),
      targets: [new LambdaFunction(alert, { retryAttempts: 0, maxEventAge: Duration.minutes(5) })],
    });
    alert.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 50,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        parallelizationFactor: 1,
        onFailure: new SqsDlq(alertDlq),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { [TABLE_DEFINITION.typeAttribute]: { S: FilterRule.isEqual(ITEM_TYPES.article) } } },
          }),
        ],
      }),
    );

    // 5. Digests: every 15 minutes, the hourly, daily and weekly digests that are due, from their queues in the table.
    const digest = new FeedwatchFunction(this, 'Digest', {
      entry: 'digest',
      config,
      description: 'feedwatch: sends subscribers the hourly, daily and weekly digests that are due',
      timeout: digestTimeout,
      environment: publishing(digestTimeout),
      // One at a time: the claims keep two runs from sending a digest twice; one run keeps it cheap.
      reservedConcurrentExecutions: 1,
      // A run that failed is tried again with the same scheduled time, so for the same periods.
      extra: { retryAttempts: 2, maxEventAge: Duration.minutes(15) },
    }).fn;
    store.grantItems(digest);
    store.grantDueIndex(digest);
    alertsTopic.grantPublish(digest);
    new Rule(this, 'DigestTick', {
      description: 'feedwatch: the digests, every 15 minutes',
      // A minute past the quarter hour: a story queued just before a period's end has reached the index.
      schedule: Schedule.cron({ minute: '1/15' }),
      targets: [new LambdaFunction(digest, { retryAttempts: 2, maxEventAge: Duration.minutes(15) })],
    });

    // 6. Alarms, to the operators' topic.
    const alarm = (name: string, metric: IMetric, threshold: number, description: string): void => {
      new Alarm(this, `${name}Alarm`, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(new SnsAction(opsTopic));
    };
    alarm(
      'SchedulerErrors',
      scheduler.metricErrors({ period: Duration.minutes(15) }),
      3,
      'The scheduler failed three ticks in 15 minutes: feeds are not being queued.',
    );
    new Alarm(this, 'SchedulerStoppedAlarm', {
      metric: scheduler.metricInvocations({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.BREACHING,
      alarmDescription: 'The scheduler did not run for 5 minutes: no feed is being checked.',
    }).addAlarmAction(new SnsAction(opsTopic));
    alarm('PollWorkerErrors', worker.metricErrors({ period: Duration.minutes(15) }), 1, 'A poll worker failed.');
    alarm(
      'FeedDeadLetters',
      feedDlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      1,
      'A feed check failed five times: its message is in the dead-letter queue.',
    );
    alarm(
      'FeedQueueAge',
      feedQueue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', period: Duration.minutes(5) }),
      policy.leaseMs / 1000,
      'A queued feed waited longer than its lease: the workers are not keeping up.',
    );
    alarm(
      'FeedBacklog',
      feedQueue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: Duration.minutes(5) }),
      backlogThreshold(config.feeds.length, policy),
      'More feeds are waiting in the queue than five minutes of checks: the workers are falling behind.',
    );
    alarm('AlertErrors', alert.metricErrors({ period: Duration.minutes(5) }), 1, 'The alert function failed.');
    alarm(
      'AlertsFailed',
      // Powertools gives each metric its function's service as a dimension.
      new Metric({
        namespace: 'feedwatch',
        metricName: 'alertsFailed',
        dimensionsMap: { service: 'alert' },
        statistic: 'Sum',
        period: Duration.minutes(15),
      }),
      1,
      'Alerts could not be published: retried by the stream, or (a publish that may have gone out) not sent again.',
    );
    alarm('DigestErrors', digest.metricErrors({ period: Duration.minutes(15) }), 1, 'The digest function failed.');
    alarm(
      'DigestsFailed',
      new Metric({
        namespace: 'feedwatch',
        metricName: 'digestsFailed',
        dimensionsMap: { service: 'digest' },
        statistic: 'Sum',
        period: Duration.minutes(15),
      }),
      1,
      'Digests could not be published: their stories wait for the next run, or (a publish that may have gone out) are not sent again.',
    );
    alarm(
      'AlertDeadLetters',
      alertDlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      1,
      'Stream records failed for good: their alerts were not sent.',
    );
    alarm(
      'StreamIteratorAge',
      alert.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(5) }),
      Duration.hours(1).toMilliseconds(),
      'Alerts are falling behind the stream.',
    );
    alarm(
      'FailedNotifications',
      alertsTopic.metricNumberOfNotificationsFailed({ period: Duration.minutes(5) }),
      1,
      'SNS could not deliver alerts.',
    );
  }
}
