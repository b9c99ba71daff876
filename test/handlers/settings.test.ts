import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_FILE,
  readAlertSettings,
  readSchedulerSettings,
  readWorkerSettings,
} from '../../functions/handlers/settings.js';

const dir = mkdtempSync(join(tmpdir(), 'feedwatch-settings-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = write(
  'good.json',
  JSON.stringify({ feeds: [{ url: 'https://www.mondialisation.ca/feed' }], watches: ['Deir Ezzor'] }),
);

const OPS = 'arn:aws:sns:eu-west-1:123456789012:ops';

describe('readWorkerSettings', () => {
  it('reads the table, the operators topic, the time reserve and the bundled config', () => {
    expect(
      readWorkerSettings({
        TABLE_NAME: 't',
        OPERATORS_TOPIC_ARN: OPS,
        FEEDWATCH_CONFIG_FILE: good,
        WORKER_RESERVE_MS: '20000',
      }),
    ).toEqual({
      tableName: 't',
      operatorsTopicArn: OPS,
      config: {
        feeds: [{ url: 'https://www.mondialisation.ca/feed' }],
        watches: ['Deir Ezzor'],
        subscribers: [],
        pollRate: '15 minutes',
        maxAlertAge: '3 days',
        alarmEmails: [],
      },
      reserveMs: 20000,
    });
  });

  it('finds the config beside the code, in the task root, when no file is named', () => {
    const root = mkdtempSync(join(tmpdir(), 'feedwatch-task-'));
    writeFileSync(join(root, CONFIG_FILE), JSON.stringify({ feeds: [{ url: 'https://example.org/feed' }] }));
    expect(
      readWorkerSettings({ TABLE_NAME: 't', OPERATORS_TOPIC_ARN: OPS, LAMBDA_TASK_ROOT: root }).config.feeds,
    ).toEqual([{ url: 'https://example.org/feed' }]);
  });

  it.each([
    [{ FEEDWATCH_CONFIG_FILE: good, OPERATORS_TOPIC_ARN: OPS }, 'missing environment variable TABLE_NAME'],
    [{ TABLE_NAME: 't', FEEDWATCH_CONFIG_FILE: good }, 'missing environment variable OPERATORS_TOPIC_ARN'],
    [
      { TABLE_NAME: 't', OPERATORS_TOPIC_ARN: OPS, FEEDWATCH_CONFIG_FILE: join(dir, 'absent.json') },
      'absent.json cannot be read',
    ],
    [
      { TABLE_NAME: 't', OPERATORS_TOPIC_ARN: OPS, FEEDWATCH_CONFIG_FILE: write('bad.json', 'not json') },
      'bad.json cannot be read',
    ],
    [
      {
        TABLE_NAME: 't',
        OPERATORS_TOPIC_ARN: OPS,
        FEEDWATCH_CONFIG_FILE: write('ftp.json', '{"feeds":[{"url":"ftp://x"}]}'),
      },
      'feeds[0].url: must be an http(s) URL',
    ],
    [
      { TABLE_NAME: 't', OPERATORS_TOPIC_ARN: OPS, FEEDWATCH_CONFIG_FILE: good, WORKER_RESERVE_MS: 'soon' },
      'WORKER_RESERVE_MS must be a number',
    ],
  ])('fails clearly on %j', (env, message) => {
    expect(() => readWorkerSettings(env)).toThrow(message);
  });
});

describe('readSchedulerSettings', () => {
  it('reads the table, the queue and the bundled config', () => {
    expect(
      readSchedulerSettings({ TABLE_NAME: 't', QUEUE_URL: 'https://q', FEEDWATCH_CONFIG_FILE: good }),
    ).toMatchObject({
      tableName: 't',
      queueUrl: 'https://q',
      config: { feeds: [{ url: 'https://www.mondialisation.ca/feed' }] },
    });
  });

  it('fails clearly without its queue', () => {
    expect(() => readSchedulerSettings({ TABLE_NAME: 't', FEEDWATCH_CONFIG_FILE: good })).toThrow(
      'missing environment variable QUEUE_URL',
    );
  });
});

describe('readAlertSettings', () => {
  const publishing = { TABLE_NAME: 't', TOPIC_ARN: 'arn:x', FEEDWATCH_CONFIG_FILE: good, CLAIM_LEASE_MS: '240000' };

  it('reads the topic and the publish rate beside the config', () => {
    const env = { ...publishing, PUBLISH_PER_SECOND: '5' };
    expect(readAlertSettings(env)).toMatchObject({
      topicArn: 'arn:x',
      publishPerSecond: 5,
      claimLeaseMs: 240_000,
      config: { watches: ['Deir Ezzor'] },
    });
  });

  it.each(['0', '10', 'fast'])('refuses a publish rate of %s, which SNS would suspend or cannot read', (rate) => {
    const env = { ...publishing, PUBLISH_PER_SECOND: rate };
    expect(() => readAlertSettings(env)).toThrow('PUBLISH_PER_SECOND must be a whole number from 1 to 9');
  });

  it.each(['', '500', 'soon'])('refuses a claim lease of "%s": a live claim would be taken over', (lease) => {
    expect(() => readAlertSettings({ ...publishing, CLAIM_LEASE_MS: lease })).toThrow(/CLAIM_LEASE_MS/);
  });
});
