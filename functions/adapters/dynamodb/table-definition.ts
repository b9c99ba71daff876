/**
 * The table's shape, defined once: the repository, the embedded store and the
 * CDK stack all read it from here. Plain data, so the stack need not import
 * the SDK and the Lambdas need not import CDK.
 */
export const TABLE_DEFINITION = {
  partitionKey: { name: 'pk', type: 'S' },
  /** Items carry their kind, so the stream can be filtered to article inserts. */
  typeAttribute: 'type',
  timeToLiveAttribute: 'expiresAt',
  streamView: 'NEW_IMAGE',
} as const;

export const ITEM_TYPES = { article: 'article', alert: 'alert', feed: 'feed' } as const;

export const itemKey = {
  article: (id: string): string => `ARTICLE#${id}`,
  alert: (articleId: string): string => `ALERT#${articleId}`,
  feed: (urlHash: string): string => `FEED#${urlHash}`,
};

/** The CreateTable request for the embedded store, from the one definition. */
export function createTableInput(tableName: string) {
  const { name, type } = TABLE_DEFINITION.partitionKey;
  return {
    TableName: tableName,
    AttributeDefinitions: [{ AttributeName: name, AttributeType: type }],
    KeySchema: [{ AttributeName: name, KeyType: 'HASH' as const }],
    BillingMode: 'PAY_PER_REQUEST' as const,
    StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_DEFINITION.streamView },
  };
}
