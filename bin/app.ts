import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readOperatorConfig } from '../functions/adapters/local/read-config.js';
import { ConfigError } from '../functions/core/config/operator-config.js';
import { FeedwatchStack } from '../lib/feedwatch-stack.js';

const app = new App();
// `cdk deploy -c config=ops.json`; config/feedwatch.json otherwise.
const configPath = app.node.tryGetContext('config') as string | undefined;
try {
  const { config } = readOperatorConfig(configPath);
  // No account or region look-ups: synthesis runs offline, on a fresh clone, with no credentials.
  new FeedwatchStack(app, 'Feedwatch', {
    config,
    description: 'feedwatch: scheduled feed polling, article store and watch alerts',
  });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`feedwatch: ${error.message}`);
  process.exit(1);
}
// Every finding that is not acknowledged, with its reason, fails synthesis.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
