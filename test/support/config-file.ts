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

/** What a handler under test needs besides its own settings: a region, local credentials, the embedded store, quiet Powertools. */
export function localHandlerEnv(dynamoEndpoint: string): Record<string, string> {
  return {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_METRICS_NAMESPACE: 'feedwatch-test',
  };
}
