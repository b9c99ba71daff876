import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTableInput, TABLE_DEFINITION } from '../../functions/adapters/dynamodb/table-definition.js';
import { FeedwatchStack } from '../../lib/feedwatch-stack.js';

const template = Template.fromStack(new FeedwatchStack(new App(), 'Test'));

describe('the table', () => {
  it('has the key schema the repository and the embedded store use', () => {
    const local = createTableInput('x');
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: local.KeySchema,
      AttributeDefinitions: local.AttributeDefinitions,
      StreamSpecification: { StreamViewType: TABLE_DEFINITION.streamView },
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('keeps point-in-time recovery on and the data on stack deletion', () => {
    const tables = template.findResources('AWS::DynamoDB::GlobalTable');
    const [table] = Object.values(tables) as { DeletionPolicy: string; Properties: { Replicas: { PointInTimeRecoverySpecification: unknown }[] } }[];
    expect(table?.DeletionPolicy).toBe('Retain');
    expect(table?.Properties.Replicas[0]?.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });
});
