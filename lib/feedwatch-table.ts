import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../functions/adapters/dynamodb/table-definition.js';

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
}
