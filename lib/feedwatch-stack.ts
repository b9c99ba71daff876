import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { FeedwatchTable } from './feedwatch-table.js';

/** The pipeline on AWS, as a list of parts. */
export class FeedwatchStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new FeedwatchTable(this, 'Store');
  }
}
