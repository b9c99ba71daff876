import type { Condition } from './item-writer.js';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** The status of an alert whose publish surely did not go out: the one an alert may be claimed again from. */
export const FAILED = 'failed';

export const IF_ABSENT: Condition = {
  expression: { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } },
  test: (existing) => existing === undefined,
  reads: [],
};

export const IF_ABSENT_OR_FAILED: Condition = {
  expression: {
    ConditionExpression: 'attribute_not_exists(#pk) OR #status = :failed',
    ExpressionAttributeNames: { '#pk': PK, '#status': 'status' },
    ExpressionAttributeValues: { ':failed': { S: FAILED } },
  },
  test: (existing) => existing === undefined || existing['status']?.S === FAILED,
  reads: ['status'],
};

export const IF_FAILED: Condition = {
  expression: {
    ConditionExpression: '#status = :failed',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':failed': { S: FAILED } },
  },
  test: (existing) => existing?.['status']?.S === FAILED,
  reads: ['status'],
};
