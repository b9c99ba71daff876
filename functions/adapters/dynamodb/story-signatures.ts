import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { decodeSignature, encodeSignature } from '../../core/stories/minhash.js';
import type { StoryEntry, StorySignatureStore } from '../../core/stories/story-signature-store.js';
import { getItems } from './batch-get.js';
import type { Item, ItemWriter } from './item-writer.js';
import { ITEM_TYPES, itemKey, TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
const TYPE = TABLE_DEFINITION.typeAttribute;
const TTL = TABLE_DEFINITION.timeToLiveAttribute;

/**
 * Signatures read per look-up, at most: those of the articles that share the
 * most bands with it. A copy shares several; without a cap, text that many
 * articles share (an outlet's standing paragraphs) would have every look-up
 * read hundreds.
 */
export const MAX_CANDIDATES = 64;
/**
 * Article ids a band keeps, at most: a band that full is text too common to
 * tell stories apart, and it stops growing rather than slow every look-up.
 */
export const MAX_BAND_IDS = 1000;

const refused = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException';

/**
 * Story signatures in the one table, both ageing out by its TTL: per band key
 * an item holding the set of article ids under it (`STORY#<band>`), and per
 * article an item with its encoded signature (`SIGNATURE#<id>`). A lookup is
 * two BatchGetItem calls, the bands' then the candidates' signatures.
 *
 * On AWS an article joins its bands by one UpdateItem each (ADD to the set),
 * safe beside other writers. Given a writer for a table this process alone
 * writes (the embedded store), it reads the bands and puts them back grown,
 * all in batched calls: three requests an article instead of eighteen. That
 * needs adds to one band never to run at once, which findEarlierCopy's lock
 * sees to.
 */
export class DynamoStorySignatures implements StorySignatureStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly exclusiveWriter?: ItemWriter,
  ) {}

  async findCandidates(bandKeys: readonly string[]): Promise<StoryEntry[]> {
    const bands = await getItems(this.client, this.tableName, bandKeys.map(itemKey.storyBand), ['articles']);
    const shared = new Map<string, number>();
    for (const band of bands.values())
      for (const id of band['articles']?.SS ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    if (shared.size === 0) return [];
    const ids = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
    const found = await getItems(this.client, this.tableName, ids.map(itemKey.storySignature), [
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
    const signature = marshall(
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
    );
    if (this.exclusiveWriter) return this.addExclusively(this.exclusiveWriter, signature, entry, bandKeys);
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: signature }));
    // A set per band: adding an article again is a no-op. Entries are kept from the time they are added, so the
    // newest sets the band's expiry.
    await Promise.all(
      bandKeys.map((band) =>
        this.client
          .send(
            new UpdateItemCommand({
              TableName: this.tableName,
              Key: { [PK]: { S: itemKey.storyBand(band) } },
              UpdateExpression: 'ADD articles :id SET #type = :type, #ttl = :ttl',
              ConditionExpression: 'attribute_not_exists(articles) OR size(articles) < :max',
              ExpressionAttributeNames: { '#type': TYPE, '#ttl': TTL },
              ExpressionAttributeValues: {
                ':id': { SS: [entry.articleId] },
                ':type': { S: ITEM_TYPES.story },
                ':ttl': { N: String(entry.expiresAt) },
                ':max': { N: String(MAX_BAND_IDS) },
              },
            }),
          )
          .catch((error: unknown) => {
            // A full band: this article is found through its other bands.
            if (!refused(error)) throw error;
          }),
      ),
    );
  }

  private async addExclusively(
    writer: ItemWriter,
    signature: Item,
    entry: StoryEntry,
    bandKeys: readonly string[],
  ): Promise<void> {
    const keys = bandKeys.map(itemKey.storyBand);
    const bands = await getItems(this.client, this.tableName, keys, ['articles']);
    await Promise.all([
      writer.put(signature),
      ...keys.map((key) => {
        const ids = new Set(bands.get(key)?.['articles']?.SS ?? []);
        if (ids.has(entry.articleId) || ids.size >= MAX_BAND_IDS) return undefined;
        ids.add(entry.articleId);
        return writer.put({
          [PK]: { S: key },
          [TYPE]: { S: ITEM_TYPES.story },
          articles: { SS: [...ids] },
          [TTL]: { N: String(entry.expiresAt) },
        });
      }),
    ]);
  }
}
