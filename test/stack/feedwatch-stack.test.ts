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
import { FeedwatchStack } from '../../lib/feedwatch-stack.js';

const config = parseOperatorConfig({
  feeds: [
    { url: 'https://www.globalresearch.ca/feed', profile: 'global-research' },
    { url: 'https://www.mondialisation.ca/feed' },
  ],
  watches: ['Deir Ezzor', 'ISIS', { name: 'Raqqa', aliases: ['Rakka'] }, 'SDF'],
  subscribers: [
    { email: 'desk@example.org', watches: ['Deir ez-Zor', 'Raqqa'] },
    { email: 'analyst@example.org', watches: ['Daesh', 'Syrian Democratic Forces'] },
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
  it('run on ARM64 and a current Node runtime, one at a time', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as {
      Properties: Record<string, unknown>;
    }[];
    expect(functions).toHaveLength(2);
    for (const f of functions) {
      expect(f.Properties['Runtime']).toBe('nodejs24.x');
      expect(f.Properties['Architectures']).toEqual(['arm64']);
      expect(f.Properties['ReservedConcurrentExecutions']).toBe(1);
      expect(f.Properties['LoggingConfig']).toMatchObject({ LogFormat: 'JSON' });
    }
  });

  it('carry the validated config beside their code, not in their 4 KB environment', () => {
    const assembly = app.synth();
    const bundled = readdirSync(assembly.directory)
      .map((d) => join(assembly.directory, d, CONFIG_FILE))
      .filter((f) => existsSync(f));
    expect(bundled).toHaveLength(2);
    for (const file of bundled) expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(config);
  });

  it('give the poll the table', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('polls the feeds'),
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.anyValue() },
          POLL_RESERVE_MS: '30000',
        },
      },
      Timeout: 300,
      DeadLetterConfig: { TargetArn: Match.anyValue() },
    });
  });

  it('give the alerts the table and the topic', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('publishes one alert'),
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.anyValue() },
          TOPIC_ARN: { Ref: Match.stringLikeRegexp('AlertsTopic') },
          PUBLISH_PER_SECOND: '8',
        },
      },
    });
  });

  it('poll on the configured rate, with bounded retries', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [
        Match.objectLike({
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: Match.anyValue() },
        }),
      ],
    });
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

  it('publishes to the alerts topic only', () => {
    const publish = statements().filter((s) => [s.Action].flat().includes('sns:Publish'));
    expect(publish).toHaveLength(1);
    expect(JSON.stringify(publish[0]?.Resource)).toMatch(/^\{"Ref":"AlertsTopic[0-9A-F]+"\}$/);
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
      'ApproximateNumberOfMessagesVisible',
      'ApproximateNumberOfMessagesVisible',
      'Errors',
      'Errors',
      'IteratorAge',
      'NumberOfNotificationsFailed',
    ]);
    for (const a of alarms) expect(JSON.stringify(a.Properties.AlarmActions)).toMatch(/OperatorsTopic/);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Endpoint: 'ops@example.org',
      TopicArn: { Ref: Match.stringLikeRegexp('OperatorsTopic') },
    });
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
