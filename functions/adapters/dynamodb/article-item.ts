import type { StoredArticle } from '../../core/ports.js';
import { TABLE_DEFINITION } from './table-definition.js';

const LISTS = ['authors', 'region', 'themes', 'dossiers', 'body', 'boilerplate'] as const;

/**
 * An article item (from GetItem or a stream image, unmarshalled) back into
 * the record: without its key and type, and with lists that DynamoDB may
 * have dropped when empty put back.
 */
export function fromArticleItem(item: Record<string, unknown>): StoredArticle {
  const { [TABLE_DEFINITION.partitionKey.name]: _pk, [TABLE_DEFINITION.typeAttribute]: _type, ...rest } = item;
  const article = rest as unknown as StoredArticle;
  for (const key of LISTS) if (!Array.isArray(article[key])) (article as unknown as Record<string, unknown>)[key] = [];
  return article;
}
