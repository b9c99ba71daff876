import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type OperatorConfig, parseOperatorConfig } from '../core/config/operator-config.js';

/**
 * The Lambdas' settings: the operator config the stack validated and bundled
 * beside the code (no 4 KB environment ceiling), read with the same schema,
 * and the few names the stack passes in the environment.
 */

/** The file the stack writes the operator config to, beside each function's code. */
export const CONFIG_FILE = 'feedwatch-config.json';

/** A setting the function cannot run without: the message names it. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingsError(`missing environment variable ${name}`);
  return value;
}

/** The bundled operator config: FEEDWATCH_CONFIG_FILE when set (tests), else the file in the task root. */
export function readDeployedConfig(env: NodeJS.ProcessEnv): OperatorConfig {
  const path = env['FEEDWATCH_CONFIG_FILE'] ?? join(env['LAMBDA_TASK_ROOT'] ?? process.cwd(), CONFIG_FILE);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SettingsError(`the bundled config ${path} cannot be read: ${(error as Error).message}`);
  }
  try {
    return parseOperatorConfig(value, `the bundled config ${path}`);
  } catch (error) {
    if (error instanceof ConfigError) throw new SettingsError(error.message);
    throw error;
  }
}

export interface AlertSettings {
  tableName: string;
  topicArn: string;
  config: OperatorConfig;
  /** Publishes a second, under SNS's 10 a second per email endpoint. */
  publishPerSecond: number;
  /**
   * How long a claim may stay pending before it counts as abandoned: the
   * stack sets twice the function's timeout, so a live invocation's claim is
   * never taken over.
   */
  claimLeaseMs: number;
}

/** The alert and digest functions' settings, read once at cold start: both publish to the alerts topic. */
export function readAlertSettings(env: NodeJS.ProcessEnv): AlertSettings {
  const rate = Number(env['PUBLISH_PER_SECOND'] ?? 8);
  if (!Number.isInteger(rate) || rate < 1 || rate > 9) {
    throw new SettingsError('environment variable PUBLISH_PER_SECOND must be a whole number from 1 to 9');
  }
  const lease = Number(required(env, 'CLAIM_LEASE_MS'));
  if (!Number.isInteger(lease) || lease < 60_000) {
    throw new SettingsError(
      'environment variable CLAIM_LEASE_MS must be a whole number of milliseconds, a minute or more',
    );
  }
  return {
    tableName: required(env, 'TABLE_NAME'),
    topicArn: required(env, 'TOPIC_ARN'),
    config: readDeployedConfig(env),
    publishPerSecond: rate,
    claimLeaseMs: lease,
  };
}

export interface SchedulerSettings {
  tableName: string;
  queueUrl: string;
  config: OperatorConfig;
}

/** The scheduler's settings, read once at cold start. */
export function readSchedulerSettings(env: NodeJS.ProcessEnv): SchedulerSettings {
  return {
    tableName: required(env, 'TABLE_NAME'),
    queueUrl: required(env, 'QUEUE_URL'),
    config: readDeployedConfig(env),
  };
}

export interface WorkerSettings {
  tableName: string;
  /** The operators' topic: a feed disabled or back is told there. */
  operatorsTopicArn: string;
  config: OperatorConfig;
  /** Start no feed's check when less than this is left of the invocation. */
  reserveMs: number;
}

/** The poll worker's settings, read once at cold start. */
export function readWorkerSettings(env: NodeJS.ProcessEnv): WorkerSettings {
  const reserve = Number(env['WORKER_RESERVE_MS'] ?? 30_000);
  if (!Number.isFinite(reserve) || reserve < 0) {
    throw new SettingsError('environment variable WORKER_RESERVE_MS must be a number of milliseconds');
  }
  return {
    tableName: required(env, 'TABLE_NAME'),
    operatorsTopicArn: required(env, 'OPERATORS_TOPIC_ARN'),
    config: readDeployedConfig(env),
    reserveMs: reserve,
  };
}
