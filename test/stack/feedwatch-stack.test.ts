import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { createTableInput, TABLE_DEFINITION } from '../../functions/adapters/dynamodb/table-definition.js';
import { parseOperatorConfig } from '../../functions/core/config/operator-config.js';
import { subscriberId } from '../../functions/core/subscribers/subscriber-id.js';
import { CONFIG_FILE } from '../../functions/handlers/settings.js';
import { schedulePolicyOf } from '../../functions/core/config/schedule-settings.js';
import { backlogThreshold, FeedwatchStack, MAX_WORKERS } from '../../lib/feedwatch-stack.js';

const config = parseOperatorConfig({
  feeds: [
    { url: 'https://www.globalresearch.ca/feed', profile: 'global-research' },
    { url: 'https://www.mondialisation.ca/feed' },
  ],
  watches: ['Deir Ezzor', 'ISIS', { name: 'Raqqa', aliases: ['Rakka'] }, 'SDF'],
  subscribers: [
    { email: 'desk@example.org', watches: ['Deir ez-Zor', 'Raqqa'] },
    { email: 'analyst@example.org', watches: ['Daesh', 'Syrian Democratic Forces'], delivery: 'daily', at: '06:30' },
  ],
  pollRate: '15 minutes',
  alarmEmails: ['ops@example.org'],
});

const app = new App();
const stack = new FeedwatchStack(app, 'Test', { config });
const template = Template.fromStack(stack);

describe('the table', () => {
  it('has the key schema the repository and the embedded store use, a stream, TTL and on-demand billing', () => {
    const local = createTableInput('x');
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: local.KeySchema,
      AttributeDefinitions: local.AttributeDefinitions,
      StreamSpecification: { StreamViewType: TABLE_DEFINITION.streamView },
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('keeps point-in-time recovery on and the data on stack deletion', () => {
    const [table] = Object.values(template.findResources('AWS::DynamoDB::GlobalTable')) as {
      DeletionPolicy: string;
      Properties: { Replicas: { PointInTimeRecoverySpecification: unknown }[] };
    }[];
    expect(table?.DeletionPolicy).toBe('Retain');
    expect(table?.Properties.Replicas[0]?.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });
});

describe('the functions', () => {
  const functions = () =>
    Object.values(template.findResources('AWS::Lambda::Function')) as { Properties: Record<string, unknown> }[];
  const described = (pattern: RegExp) =>
    functions().find((f) => pattern.test(String(f.Properties['Description'])))?.Properties;

  it('run on ARM64 and a current Node runtime; the scheduler, the alerts and the digests one at a time', () => {
    expect(functions()).toHaveLength(4);
    for (const f of functions()) {
      expect(f.Properties['Runtime']).toBe('nodejs24.x');
      expect(f.Properties['Architectures']).toEqual(['arm64']);
      expect(f.Properties['LoggingConfig']).toMatchObject({ LogFormat: 'JSON' });
    }
    expect(described(/queues the feeds that are due/)?.['ReservedConcurrentExecutions']).toBe(1);
    expect(described(/publishes one alert/)?.['ReservedConcurrentExecutions']).toBe(1);
    expect(described(/digests that are due/)?.['ReservedConcurrentExecutions']).toBe(1);
    // The workers' concurrency is the event source's maximum, not a reservation.
    expect(described(/checks the queued feeds/)?.['ReservedConcurrentExecutions']).toBeUndefined();
  });

  it('carry the validated config beside their code, not in their 4 KB environment', () => {
    const assembly = app.synth();
    const bundled = readdirSync(assembly.directory)
      .map((d) => join(assembly.directory, d, CONFIG_FILE))
      .filter((f) => existsSync(f));
    expect(bundled).toHaveLength(4);
    for (const file of bundled) expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(config);
  });

  it('give the scheduler the table and the queue', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('queues the feeds that are due'),
      Environment: {
        Variables: { TABLE_NAME: { Ref: Match.anyValue() }, QUEUE_URL: { Ref: Match.stringLikeRegexp('FeedQueue') } },
      },
      Timeout: 300,
    });
  });

  it('give the poll worker the table and the operators topic, for a feed disabled or back', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('checks the queued feeds'),
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.anyValue() },
          OPERATORS_TOPIC_ARN: { Ref: Match.stringLikeRegexp('OperatorsTopic') },
          WORKER_RESERVE_MS: '30000',
        },
      },
      Timeout: 120,
    });
  });

  it('give the alerts the table and the topic', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('publishes one alert'),
      Timeout: 120,
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.anyValue() },
          TOPIC_ARN: { Ref: Match.stringLikeRegexp('AlertsTopic') },
          PUBLISH_PER_SECOND: '8',
          CLAIM_LEASE_MS: '240000',
        },
      },
    });
  });

  it('give the digests the table and the topic', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('digests that are due'),
      Timeout: 300,
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.anyValue() },
          TOPIC_ARN: { Ref: Match.stringLikeRegexp('AlertsTopic') },
          PUBLISH_PER_SECOND: '8',
          CLAIM_LEASE_MS: '600000',
        },
      },
    });
  });

  it('run the scheduler every minute, a missed tick left to the next', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      Targets: [Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60 } })],
    });
    template.resourceCountIs('AWS::Events::Rule', 3);
  });

  it('run the alert sweep every 5 minutes on the alert function, a missed run left to the next', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Alert'), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 300 },
        }),
      ],
    });
  });

  it('run the digests every 15 minutes, a minute past the quarter hour, a failed run retried for the same time', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(1/15 * * * ? *)',
      Targets: [Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 900 } })],
    });
  });
});

describe('the feed queue to the poll workers', () => {
  it('is FIFO (a host is one message group), encrypted, with a FIFO dead-letter queue after five receives', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      FifoQueue: true,
      DeduplicationScope: 'messageGroup',
      FifoThroughputLimit: 'perMessageGroupId',
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 360,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FeedDeadLetters'), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
  });

  it('feeds the workers ten at a time, with partial batch failures and at most 50 at once', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FeedQueue'), 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: MAX_WORKERS },
    });
    expect(MAX_WORKERS).toBe(50);
  });
});

describe('the stream to the alert function', () => {
  it('reports partial failures, bisects, retries a few times, ages records out to a queue, and sees only article inserts', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 21600,
      ParallelizationFactor: 1,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('AlertDeadLetters'), 'Arn'] } },
      },
      FilterCriteria: {
        Filters: [
          { Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['article'] } } } }) },
        ],
      },
    });
  });
});

describe('permissions', () => {
  const statements = (): { Action: string | string[]; Resource: unknown }[] =>
    Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } } })
          .Properties.PolicyDocument.Statement,
    );

  it('publishes alerts from the alert and digest functions and feed notices from the worker, nowhere else', () => {
    const publish = statements()
      .filter((s) => [s.Action].flat().includes('sns:Publish'))
      .map((s) => JSON.stringify(s.Resource));
    expect(publish.sort()).toEqual([
      expect.stringMatching(/^\{"Ref":"AlertsTopic[0-9A-F]+"\}$/),
      expect.stringMatching(/^\{"Ref":"AlertsTopic[0-9A-F]+"\}$/),
      expect.stringMatching(/^\{"Ref":"OperatorsTopic[0-9A-F]+"\}$/),
    ]);
  });

  it('lets only the scheduler, the digests and the alert sweep query the due index, and grants no index wildcard', () => {
    const indexed = statements().filter((s) => JSON.stringify(s.Resource).includes('/index/'));
    expect(indexed).toHaveLength(3);
    for (const s of indexed) {
      expect(JSON.stringify(s.Resource)).toContain('/index/due');
      expect(s.Action).toBe('dynamodb:Query');
    }
  });

  it('touches DynamoDB on the table only, and no action or resource is a bare wildcard', () => {
    for (const s of statements()) {
      expect([s.Action].flat()).not.toContain('*');
      expect(JSON.stringify(s.Resource)).not.toBe('"*"');
      if ([s.Action].flat().some((a) => a.startsWith('dynamodb:')))
        expect(JSON.stringify(s.Resource)).toMatch(/StoreTable/);
    }
  });

  it('uses no AWS managed policy', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect((role as { Properties: Record<string, unknown> }).Properties['ManagedPolicyArns']).toBeUndefined();
    }
  });
});

describe('subscriptions', () => {
  it('give each subscriber an email subscription whose filter accepts exactly the messages meant for them', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 3);
    for (const email of ['desk@example.org', 'analyst@example.org']) {
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: email,
        FilterPolicy: { subscriber: [subscriberId(email)] },
        TopicArn: { Ref: Match.stringLikeRegexp('AlertsTopic') },
      });
    }
  });

  it('takes a subscriber who follows more watches than a filter policy could list', () => {
    const many = Array.from({ length: 200 }, (_, i) => `Village ${i}`);
    const own = parseOperatorConfig({ ...config, subscribers: [{ email: 'x@example.org', watches: many }] });
    Template.fromStack(new FeedwatchStack(new App(), 'Many', { config: own })).hasResourceProperties(
      'AWS::SNS::Subscription',
      { Endpoint: 'x@example.org', FilterPolicy: { subscriber: [subscriberId('x@example.org')] } },
    );
  });

  it('encrypts both topics and refuses plain HTTP to them', () => {
    template.resourceCountIs('AWS::SNS::Topic', 2);
    template.allResourcesProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.resourceCountIs('AWS::SNS::TopicPolicy', 2);
  });
});

describe('alarms', () => {
  it('watch errors, dead letters, stream lag and failed notifications, and tell the operators', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as {
      Properties: { MetricName: string; AlarmActions: unknown[] };
    }[];
    expect(alarms.map((a) => a.Properties.MetricName).sort()).toEqual([
      'ApproximateAgeOfOldestMessage',
      'ApproximateNumberOfMessagesVisible',
      'ApproximateNumberOfMessagesVisible',
      'ApproximateNumberOfMessagesVisible',
      'Errors',
      'Errors',
      'Errors',
      'Errors',
      'Invocations',
      'IteratorAge',
      'NumberOfNotificationsFailed',
      'alertsFailed',
      'digestsFailed',
    ]);
    for (const a of alarms) expect(JSON.stringify(a.Properties.AlarmActions)).toMatch(/OperatorsTopic/);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Endpoint: 'ops@example.org',
      TopicArn: { Ref: Match.stringLikeRegexp('OperatorsTopic') },
    });
  });
});

describe('the poll alarms', () => {
  const alarm = (name: RegExp) =>
    (
      Object.entries(template.findResources('AWS::CloudWatch::Alarm')).find(([id]) => name.test(id))?.[1] as {
        Properties: Record<string, unknown>;
      }
    )?.Properties;

  it('fire on a dead letter, a message older than its lease, and a scheduler that stopped', () => {
    expect(alarm(/^FeedDeadLetters/)).toMatchObject({ Threshold: 1, MetricName: 'ApproximateNumberOfMessagesVisible' });
    expect(alarm(/^FeedQueueAge/)).toMatchObject({ Threshold: 600, Statistic: 'Maximum' });
    expect(alarm(/^SchedulerStopped/)).toMatchObject({
      MetricName: 'Invocations',
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it('call a backlog five minutes of checks at the default interval, never under 100', () => {
    expect(alarm(/^FeedBacklog/)).toMatchObject({ Threshold: 100 });
    expect(backlogThreshold(7000, schedulePolicyOf(config))).toBe(2334);
  });
});

describe('a fleet of 5,000 feeds', () => {
  const feeds = Array.from({ length: 5000 }, (_, i) => ({
    url: `https://news${i % 700}.example.org/feeds/section-${i}.xml`,
    ...(i % 3 === 0 ? { outlet: `Outlet ${i}`, profile: 'generic' as const } : {}),
  }));
  const big = parseOperatorConfig({ ...config, feeds });

  it('synthesizes, with the queue, the worker and its event source, the scheduler and their alarms', {
    timeout: 120_000,
  }, () => {
    const fleetApp = new App();
    const fleet = Template.fromStack(new FeedwatchStack(fleetApp, 'Fleet', { config: big }));
    fleet.resourceCountIs('AWS::SQS::Queue', 3);
    fleet.hasResourceProperties('AWS::SQS::Queue', { FifoQueue: true, RedrivePolicy: Match.anyValue() });
    fleet.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FeedQueue'), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    fleet.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
    const alarms = Object.keys(fleet.findResources('AWS::CloudWatch::Alarm'));
    for (const name of ['SchedulerErrors', 'SchedulerStopped', 'PollWorkerErrors', 'FeedDeadLetters', 'FeedQueueAge'])
      expect(alarms.some((id) => id.startsWith(name))).toBe(true);
    expect(fleet.findResources('AWS::CloudWatch::Alarm')).toSatisfy(
      (all: Record<string, { Properties: { Threshold: number } }>) =>
        Object.entries(all).some(([id, a]) => id.startsWith('FeedBacklog') && a.Properties.Threshold === 1667),
    );
    // The feed list is in the bundled file, not in any function's environment.
    for (const f of Object.values(fleet.findResources('AWS::Lambda::Function')))
      expect(JSON.stringify(f).length).toBeLessThan(4096);
    // As `cdk synth` runs it (bin/app.ts): every cdk-nag finding acknowledged or it fails.
    Validations.of(fleetApp).addPlugins(new AwsSolutionsChecks(fleetApp));
    const assembly = fleetApp.synth();
    const bundled = readdirSync(assembly.directory)
      .map((d) => join(assembly.directory, d, CONFIG_FILE))
      .filter((f) => existsSync(f));
    expect(bundled).toHaveLength(4);
    expect(JSON.parse(readFileSync(bundled[0] as string, 'utf8')).feeds).toHaveLength(5000);
  });
});

describe('cdk-nag', () => {
  it('fails synthesis on a finding nobody acknowledged', () => {
    const bare = new App();
    const s = new Stack(bare, 'Bare');
    new Queue(s, 'Plain');
    Validations.of(bare).addPlugins(new AwsSolutionsChecks(bare));
    expect(() => bare.synth()).toThrow();
  });

  it('finds nothing unacknowledged in the AWS Solutions pack', () => {
    const checked = new App();
    new FeedwatchStack(checked, 'Nagged', { config });
    Validations.of(checked).addPlugins(new AwsSolutionsChecks(checked));
    expect(() => checked.synth()).not.toThrow();
  });
});

describe('synthesis from the command line', () => {
  it('fails on a malformed config with a message that names the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedwatch-synth-'));
    try {
      await writeFile(
        join(dir, 'bad.json'),
        JSON.stringify({ feeds: [{ url: 'https://x.example/feed' }], pollRate: 'often' }),
      );
      const run = promisify(execFile);
      const error = await run(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
        env: {
          ...process.env,
          CDK_CONTEXT_JSON: JSON.stringify({ config: join(dir, 'bad.json') }),
          CDK_OUTDIR: join(dir, 'out'),
        },
      }).catch((e: { code: number; stderr: string }) => e);
      expect(error).toMatchObject({ code: 1 });
      expect((error as { stderr: string }).stderr).toContain('pollRate: must read like "15 minutes" or "1 hour"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
