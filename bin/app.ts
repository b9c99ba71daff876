import { App } from 'aws-cdk-lib';
import { FeedwatchStack } from '../lib/feedwatch-stack.js';

const app = new App();
// No account or region look-ups: synthesis runs offline, on a fresh clone, with no credentials.
new FeedwatchStack(app, 'Feedwatch', { description: 'feedwatch: scheduled feed polling, article store and watch alerts' });
app.synth();
