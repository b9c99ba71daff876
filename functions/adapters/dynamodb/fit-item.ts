import type { StoredArticle } from '../../core/ports.js';

/** DynamoDB's item limit is 400 KB; keep a margin for attribute names and the key. */
export const ITEM_BYTE_BUDGET = 380 * 1024;

/**
 * Bytes of a value as JSON: an upper bound on what DynamoDB counts for it
 * (the same UTF-8 text and names, plus quotes, commas and escapes it does
 * not charge for).
 */
const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

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

/** The longest start of `text`, cut between characters, whose JSON takes at most `bytes`. */
export function cutToBytes(text: string, bytes: number): string {
  if (jsonBytes(text) <= bytes) return text;
  // The JSON size of a prefix grows with its length: search for the longest that fits.
  let fits = 0;
  let over = text.length;
  while (over - fits > 1) {
    const mid = (fits + over) >>> 1;
    if (jsonBytes(text.slice(0, mid)) <= bytes) fits = mid;
    else over = mid;
  }
  const code = text.charCodeAt(fits - 1);
  // Never half a surrogate pair: DynamoDB refuses a string that is not valid UTF-8.
  if (code >= 0xd800 && code <= 0xdbff) fits -= 1;
  return text.slice(0, fits);
}

/**
 * Trims an article until it fits one DynamoDB item: boilerplate goes first,
 * then body paragraphs from the end, then the end of the first paragraph (or
 * of the lede, if even that is too long). `truncated` says it happened.
 * Each paragraph is measured once, so the work is linear in the article's
 * size however many paragraphs it has to drop.
 */
export function fitItem(article: StoredArticle, budget = ITEM_BYTE_BUDGET): StoredArticle & { truncated?: true } {
  if (roughSize(article) <= budget || jsonBytes(article) <= budget) return article;
  const bare: StoredArticle & { truncated: true } = { ...article, boilerplate: [], body: [], truncated: true };
  let used = jsonBytes(bare);
  if (used > budget) return { ...bare, lede: cutToBytes(article.lede, budget - (used - jsonBytes(article.lede))) };
  const body: string[] = [];
  for (const paragraph of article.body) {
    // A paragraph adds its JSON and, after the first, a comma.
    const cost = jsonBytes(paragraph) + (body.length > 0 ? 1 : 0);
    if (used + cost > budget) {
      if (body.length === 0) body.push(cutToBytes(paragraph, budget - used));
      break;
    }
    used += cost;
    body.push(paragraph);
  }
  return { ...bare, body };
}
