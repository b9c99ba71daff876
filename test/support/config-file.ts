import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE } from '../../functions/handlers/settings.js';

/** An operator config written where a handler test can point FEEDWATCH_CONFIG_FILE at it. */
export function configFile(config: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'feedwatch-config-')), CONFIG_FILE);
  writeFileSync(path, JSON.stringify(config));
  return path;
}
