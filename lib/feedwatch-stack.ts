import { Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Subscription, SubscriptionFilter, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ITEM_TYPES, TABLE_DEFINITION } from '../functions/adapters/dynamodb/table-definition.js';
import type { OperatorConfig } from '../functions/core/config/operator-config.js';
import { FeedwatchFunction } from './feedwatch-function.js';
import { FeedwatchTable } from './feedwatch-table.js';
import { resolveSubscriptions } from './stack-config.js';

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
 * subscriptions, the scheduled poll, the stream-driven alerts, and the alarms
 * that tell operators when any of it fails.
 */
export class FeedwatchStack extends Stack {
  constructor(scope: Construct, id: string, props: FeedwatchStackProps) {
    super(scope, id, props);
    const { config } = props;
    const subscriptions = resolveSubscriptions(config);

    // 1. The store: one table, its stream feeding the alerts.
    const { table } = new FeedwatchTable(this, 'Store');

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

    // 3. The poll: every feed on a schedule, new articles into the table.
    const pollDlq = deadLetterQueue(this, 'PollDeadLetters');
    const poll = new FeedwatchFunction(this, 'Poll', {
      entry: 'poll',
      config,
      description: 'feedwatch: polls the feeds and stores new articles in the normal form',
      timeout: Duration.minutes(5),
      environment: {
        TABLE_NAME: table.tableName,
        POLL_RESERVE_MS: '30000',
        POWERTOOLS_METRICS_NAMESPACE: 'feedwatch',
      },
      // One poll at a time: a slow run and the next schedule never race on the same feeds.
      reservedConcurrentExecutions: 1,
      extra: { deadLetterQueue: pollDlq, retryAttempts: 1 },
    }).fn;
    table.grantReadWriteData(poll);
    new Rule(this, 'PollSchedule', {
      description: `feedwatch: poll every ${config.pollRate}`,
      schedule: Schedule.expression(`rate(${config.pollRate})`),
      targets: [
        new LambdaFunction(poll, { retryAttempts: 2, maxEventAge: Duration.hours(1), deadLetterQueue: pollDlq }),
      ],
    });

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
      timeout: Duration.minutes(2),
      environment: {
        TABLE_NAME: table.tableName,
        TOPIC_ARN: alertsTopic.topicArn,
        // With one invocation at a time, no email address gets 10 messages a second.
        PUBLISH_PER_SECOND: '8',
        POWERTOOLS_METRICS_NAMESPACE: 'feedwatch',
      },
      reservedConcurrentExecutions: 1,
    }).fn;
    table.grantReadWriteData(alert);
    alertsTopic.grantPublish(alert);
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

    // 5. Alarms, to the operators' topic.
    const opsTopic = encryptedTopic(this, 'OperatorsTopic', 'feedwatch operators');
    config.alarmEmails.forEach((email, i) => {
      new Subscription(this, `Operator${i}`, {
        topic: opsTopic,
        protocol: SubscriptionProtocol.EMAIL,
        endpoint: email,
      });
    });
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
    alarm('PollErrors', poll.metricErrors({ period: Duration.minutes(15) }), 1, 'The poll function failed.');
    alarm('AlertErrors', alert.metricErrors({ period: Duration.minutes(5) }), 1, 'The alert function failed.');
    alarm(
      'PollDeadLetters',
      pollDlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      1,
      'A poll failed for good.',
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
