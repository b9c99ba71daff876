import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duration } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { OperatorConfig } from '../functions/core/config/operator-config.js';
import { CONFIG_FILE } from '../functions/handlers/settings.js';

const configFiles = new WeakMap<OperatorConfig, string>();

/** The config written once per synthesis to a file of its own, for the bundling step to copy. */
function configFile(config: OperatorConfig): string {
  let path = configFiles.get(config);
  if (!path) {
    path = join(mkdtempSync(join(tmpdir(), 'feedwatch-config-')), CONFIG_FILE);
    writeFileSync(path, JSON.stringify(config));
    configFiles.set(config, path);
  }
  return path;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** A current Node.js runtime for every function. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

export interface FeedwatchFunctionProps {
  /** functions/handlers/<entry>.ts */
  entry: string;
  description: string;
  environment: Record<string, string>;
  timeout: Duration;
  memorySize?: number;
  reservedConcurrentExecutions?: number;
  /** The validated operator config, bundled beside the code as the handlers' settings read it. */
  config: OperatorConfig;
  /** Other props the defaults do not set (a DLQ, retries). */
  extra?: Partial<NodejsFunctionProps>;
}

/**
 * One home for the function defaults: ARM64, a current Node runtime, JSON
 * logs kept a month, and local esbuild bundling (no Docker), minified with
 * source maps. The AWS SDK v3 comes with the runtime and is left out of the
 * bundle.
 */
export class FeedwatchFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: FeedwatchFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    // Its own role, allowed to write to its own log group: not the managed basic-execution policy, which reaches every log group.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (role)`,
    });
    logGroup.grantWrite(role);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `functions/handlers/${props.entry}.ts`,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      role,
      ...(props.reservedConcurrentExecutions !== undefined
        ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions }
        : {}),
      bundling: {
        minify: true,
        sourceMap: true,
        target: 'node24',
        format: OutputFormat.CJS,
        externalModules: ['@aws-sdk/*'],
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_input: string, output: string) => [
            `cp ${shellQuote(configFile(props.config))} ${shellQuote(join(output, CONFIG_FILE))}`,
          ],
        },
      },
      ...props.extra,
    });
  }
}
