import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ConfigError,
  DEFAULT_OPERATOR_CONFIG,
  parseOperatorConfig,
  type OperatorConfig,
} from '../../core/config/operator-config.js';

/** Where the operator config is looked for when none is named. */
export const DEFAULT_CONFIG_PATH = 'config/feedwatch.json';

/**
 * Reads the operator config: the named file, else config/feedwatch.json in
 * the working folder, else the built-in default. A file that is missing,
 * not JSON or not valid throws ConfigError naming the problem.
 */
export function readOperatorConfig(path?: string): { config: OperatorConfig; source: string } {
  const file = path ?? (existsSync(DEFAULT_CONFIG_PATH) ? DEFAULT_CONFIG_PATH : undefined);
  if (!file) return { config: DEFAULT_OPERATOR_CONFIG, source: 'built-in default' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `cannot read config ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config ${file} is not JSON: ${(error as Error).message}`);
  }
  return { config: parseOperatorConfig(value, `config ${resolve(file)}`), source: file };
}
