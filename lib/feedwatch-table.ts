import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../functions/adapters/dynamodb/table-definition.js';

/** What the functions do with items: read, write, condition; no table administration. */
const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

/**
 * The one table, from the same definition the repository and the embedded
 * store use: key, TTL attribute and stream view cannot drift apart.
 */
export class FeedwatchTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { partitionKey, timeToLiveAttribute, dueIndex } = TABLE_DEFINITION;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: partitionKey.name, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute,
      dynamoStream: StreamViewType[TABLE_DEFINITION.streamView],
      // Articles and alert records are the product: deleting the stack keeps them.
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: [
        {
          indexName: dueIndex.name,
          partitionKey: { name: dueIndex.partitionKey.name, type: AttributeType.STRING },
          sortKey: { name: dueIndex.sortKey.name, type: AttributeType.STRING },
          projectionType: ProjectionType.ALL,
        },
      ],
    });
  }

  /**
   * Item reads and writes on the table itself, not its indexes:
   * grantReadWriteData would also grant `index/*`, a wildcard.
   */
  grantItems(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, actions: ITEM_ACTIONS, resourceArns: [this.table.tableArn] });
  }

  /** Queries of the index of feeds by when they fall due (the scheduler's, and a registry listing). */
  grantDueIndex(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:Query'],
      resourceArns: [`${this.table.tableArn}/index/${TABLE_DEFINITION.dueIndex.name}`],
    });
  }
}
