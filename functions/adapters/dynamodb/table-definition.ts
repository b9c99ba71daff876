/**
 * The table's shape, defined once: the repository, the embedded store and the
 * CDK stack all read it from here. Plain data, so the stack need not import
 * the SDK and the Lambdas need not import CDK.
 */
export const TABLE_DEFINITION = {
  partitionKey: { name: 'pk', type: 'S' },
  /** Items carry their kind, so the stream can be filtered to article inserts. */
  typeAttribute: 'type',
  /** Epoch seconds after which DynamoDB may delete the item: see expiresAt(). Items without it are kept. */
  timeToLiveAttribute: 'expiresAt',
  streamView: 'NEW_IMAGE',
  /**
   * Feed schedule records by when they fall due: a sparse index (only those
   * items carry the keys), one partition, so the scheduler's "due now" is one
   * Query. 7,000 feeds checked every 15 minutes write it ~8 times a second,
   * far under a partition's 1,000. A subscriber's digest queue shares it:
   * partition `digest#<subscriber id>`, sorted by when each story was queued;
   * and the alert sweep's marks: partition `sweep`, sorted by when each is due.
   */
  dueIndex: {
    name: 'due',
    partitionKey: { name: 'dueShard', type: 'S' },
    sortKey: { name: 'nextCheckAt', type: 'S' },
  },
} as const;

export const ITEM_TYPES = {
  article: 'article',
  alert: 'alert',
  feed: 'feed',
  story: 'story',
  decided: 'decided',
  feedSchedule: 'feed-schedule',
  feedSync: 'feed-sync',
  digestEntry: 'digest-entry',
  sweepMark: 'sweep-mark',
} as const;

export const itemKey = {
  article: (id: string): string => `ARTICLE#${id}`,
  alert: (articleId: string): string => `ALERT#${articleId}`,
  feed: (urlHash: string): string => `FEED#${urlHash}`,
  /** The articles whose story signature falls under one band key. */
  storyBand: (bandKey: string): string => `STORY#${bandKey}`,
  /** That an article's alerts were decided, for one stored as alertDue. */
  decided: (articleId: string): string => `DECIDED#${articleId}`,
  /** One article's story signature. */
  storySignature: (articleId: string): string => `SIGNATURE#${articleId}`,
  /** A feed's schedule and health (FeedRecord), beside its poll state. */
  feedSchedule: (urlHash: string): string => `SCHEDULE#${urlHash}`,
  /** The hash of the feed list last written to the registry. */
  feedSync: (): string => 'SCHEDULE-SYNC',
  /** A story waiting for one subscriber's digest (or taken by one, until its TTL). */
  digestEntry: (subscriberId: string, articleId: string): string => `DIGEST#${subscriberId}#${articleId}`,
  /** That an article is due for the alert sweep. */
  sweepMark: (articleId: string): string => `SWEEP#${articleId}`,
};

const SECONDS_PER_DAY = 86_400;

/**
 * The value of the TTL attribute for an item kept `days` after `nowIso`:
 * whole epoch seconds, the only form DynamoDB's TTL reads (milliseconds would
 * keep the item for ever). For items meant to age out, such as near-duplicate
 * signatures and queued digest entries; articles and alert records carry none.
 */
export function expiresAt(nowIso: string, days: number): number {
  const now = Date.parse(nowIso);
  if (Number.isNaN(now)) throw new RangeError(`expiresAt: not a timestamp: ${nowIso}`);
  if (!(days > 0)) throw new RangeError(`expiresAt: days must be positive, got ${days}`);
  return Math.floor(now / 1000) + Math.round(days * SECONDS_PER_DAY);
}

/** The CreateTable request for the embedded store, from the one definition. */
export function createTableInput(tableName: string) {
  const { name, type } = TABLE_DEFINITION.partitionKey;
  const due = TABLE_DEFINITION.dueIndex;
  return {
    TableName: tableName,
    AttributeDefinitions: [
      { AttributeName: name, AttributeType: type },
      { AttributeName: due.partitionKey.name, AttributeType: due.partitionKey.type },
      { AttributeName: due.sortKey.name, AttributeType: due.sortKey.type },
    ],
    KeySchema: [{ AttributeName: name, KeyType: 'HASH' as const }],
    GlobalSecondaryIndexes: [
      {
        IndexName: due.name,
        KeySchema: [
          { AttributeName: due.partitionKey.name, KeyType: 'HASH' as const },
          { AttributeName: due.sortKey.name, KeyType: 'RANGE' as const },
        ],
        Projection: { ProjectionType: 'ALL' as const },
      },
    ],
    BillingMode: 'PAY_PER_REQUEST' as const,
    StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_DEFINITION.streamView },
  };
}
