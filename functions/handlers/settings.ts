import { z } from 'zod';
import { OperatorConfigSchema } from '../core/config/operator-config.js';

/** A setting the function cannot run without: the message names it. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingsError(`missing environment variable ${name}`);
  return value;
}

function json<T>(env: NodeJS.ProcessEnv, name: string, schema: z.ZodType<T>): T {
  const raw = required(env, name);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new SettingsError(`environment variable ${name} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SettingsError(`environment variable ${name} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export interface PollSettings {
  tableName: string;
  feeds: z.infer<typeof OperatorConfigSchema.shape.feeds>;
  /** Stop starting work when less than this is left of the invocation. */
  reserveMs: number;
}

/** The poll function's settings, read once at cold start. */
export function readPollSettings(env: NodeJS.ProcessEnv): PollSettings {
  const reserve = Number(env['POLL_RESERVE_MS'] ?? 30_000);
  if (!Number.isFinite(reserve) || reserve < 0) throw new SettingsError('environment variable POLL_RESERVE_MS must be a number of milliseconds');
  return { tableName: required(env, 'TABLE_NAME'), feeds: json(env, 'FEEDS', OperatorConfigSchema.shape.feeds), reserveMs: reserve };
}
