import { type DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { decodeSignature, encodeSignature } from '../../core/stories/minhash.js';
import type { StoryEntry, StorySignatureStore } from '../../core/stories/story-signature-store.js';
import { getItems } from './batch-get.js';
import { ITEM_TYPES, itemKey, TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
const TYPE = TABLE_DEFINITION.typeAttribute;
const TTL = TABLE_DEFINITION.timeToLiveAttribute;

/**
 * Story signatures in the one table, both ageing out by its TTL: per band key
 * an item holding the set of article ids under it (`STORY#<band>`), and per
 * article an item with its encoded signature (`SIGNATURE#<id>`). A lookup is
 * two BatchGetItem calls, the bands' then the candidates' signatures.
 */
export class DynamoStorySignatures implements StorySignatureStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async findCandidates(bandKeys: readonly string[]): Promise<StoryEntry[]> {
    const bands = await getItems(this.client, this.tableName, bandKeys.map(itemKey.storyBand), ['articles']);
    const ids = new Set<string>();
    for (const band of bands.values()) for (const id of band['articles']?.SS ?? []) ids.add(id);
    if (ids.size === 0) return [];
    const found = await getItems(this.client, this.tableName, [...ids].map(itemKey.storySignature), [
      'articleId',
      'storyId',
      'copyOf',
      'signature',
      TTL,
    ]);
    const entries: StoryEntry[] = [];
    for (const raw of found.values()) {
      const item = unmarshall(raw);
      try {
        entries.push({
          articleId: String(item['articleId']),
          storyId: String(item['storyId']),
          ...(item['copyOf'] ? { copyOf: String(item['copyOf']) } : {}),
          signature: decodeSignature(String(item['signature'])),
          expiresAt: Number(item[TTL]),
        });
      } catch {
        // A signature written by another scheme or damaged: that article is no candidate, the rest are.
      }
    }
    return entries;
  }

  async add(entry: StoryEntry, bandKeys: readonly string[]): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(
          {
            [PK]: itemKey.storySignature(entry.articleId),
            [TYPE]: ITEM_TYPES.story,
            articleId: entry.articleId,
            storyId: entry.storyId,
            ...(entry.copyOf ? { copyOf: entry.copyOf } : {}),
            signature: encodeSignature(entry.signature),
            [TTL]: entry.expiresAt,
          },
          { removeUndefinedValues: true },
        ),
      }),
    );
    // A set per band: adding an article again is a no-op. Entries are kept from the time they are added, so the
    // newest sets the band's expiry.
    await Promise.all(
      bandKeys.map((band) =>
        this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: { [PK]: { S: itemKey.storyBand(band) } },
            UpdateExpression: 'ADD articles :id SET #type = :type, #ttl = :ttl',
            ExpressionAttributeNames: { '#type': TYPE, '#ttl': TTL },
            ExpressionAttributeValues: {
              ':id': { SS: [entry.articleId] },
              ':type': { S: ITEM_TYPES.story },
              ':ttl': { N: String(entry.expiresAt) },
            },
          }),
        ),
      ),
    );
  }
}
