import type { StoredArticle } from '../../core/ports.js';

/** DynamoDB's item limit is 400 KB; keep a margin for attribute names and the key. */
export const ITEM_BYTE_BUDGET = 380 * 1024;

const size = (a: StoredArticle): number => Buffer.byteLength(JSON.stringify(a), 'utf8');

/** An upper bound on the item's size, cheap enough for every put: three bytes a character, and room for names. */
function roughSize(a: StoredArticle): number {
  let chars = 0;
  for (const value of Object.values(a)) {
    if (typeof value === 'string') chars += value.length;
    else if (Array.isArray(value)) for (const v of value) chars += String(v).length + 8;
    else chars += 32;
  }
  return chars * 3 + 2048;
}

/**
 * Trims an article until it fits one DynamoDB item: boilerplate goes first,
 * then body paragraphs from the end. `truncated` says it happened.
 */
export function fitItem(article: StoredArticle, budget = ITEM_BYTE_BUDGET): StoredArticle & { truncated?: true } {
  if (roughSize(article) <= budget || size(article) <= budget) return article;
  const out: StoredArticle & { truncated?: true } = {
    ...article,
    boilerplate: [],
    body: [...article.body],
    truncated: true,
  };
  while (out.body.length > 1 && size(out) > budget) out.body.pop();
  const last = out.body[0];
  if (last !== undefined && size(out) > budget) {
    const over = size(out) - budget;
    out.body[0] = last.slice(0, Math.max(0, last.length - over - 16));
  }
  return out;
}
