import type { Duration } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

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
  /** Other props the defaults do not set (a DLQ, retries). */
  extra?: Partial<NodejsFunctionProps>;
}

/** AWS refuses a function whose environment is larger than this. */
const ENVIRONMENT_LIMIT = 4096;

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
    const size = Object.entries(props.environment).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (size > ENVIRONMENT_LIMIT) {
      throw new Error(
        `${id}: its settings take ${size} bytes of environment, over Lambda's ${ENVIRONMENT_LIMIT}: the config lists too many feeds or watches for one function`,
      );
    }
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
      },
      ...props.extra,
    });
  }

  get function(): IFunction {
    return this.fn;
  }
}
