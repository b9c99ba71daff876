import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { cutToBytes, fitItem, ITEM_BYTE_BUDGET } from '../../functions/adapters/dynamodb/fit-item.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import type { StoredArticle } from '../../functions/core/ports.js';
import { seed } from '../support/seeds.js';

/** DynamoDB's hard limit on one item, names and key included. */
const DYNAMODB_ITEM_LIMIT = 400 * 1024;
const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** What DynamoDB counts for a value, by its documented rules for item sizes. */
function valueBytes(v: AttributeValue): number {
  if (v.S !== undefined) return utf8(v.S);
  if (v.N !== undefined) return Math.ceil(v.N.replace(/^[-0.]+|[.]/g, '').length / 2) + 1;
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.SS !== undefined) return v.SS.reduce((n, s) => n + utf8(s), 0);
  if (v.L !== undefined) return 3 + v.L.reduce((n, e) => n + 1 + valueBytes(e), 0);
  if (v.M !== undefined) return 3 + Object.entries(v.M).reduce((n, [k, e]) => n + 1 + utf8(k) + valueBytes(e), 0);
  throw new Error(`no size rule for ${JSON.stringify(v)}`);
}

/** The article as the repository puts it (key and kind added), marshalled and measured. */
function storedItemBytes(article: object & { id: string }): number {
  const item = marshall({ ...article, pk: `ARTICLE#${article.id}`, type: 'article' }, { removeUndefinedValues: true });
  return Object.entries(item).reduce((n, [name, value]) => n + utf8(name) + valueBytes(value), 0);
}

const base: StoredArticle = { ...parseNormalForm(seed(3)), ingestedAt: '2026-11-22T00:00:00.000Z' };

describe('fitItem', () => {
  it('gives back an article that fits as it is, the same object', () => {
    expect(fitItem(base)).toBe(base);
    expect(storedItemBytes(base)).toBeLessThan(DYNAMODB_ITEM_LIMIT);
  });

  it('fits a 2 MB page of 45,000 short paragraphs, keeping as many from the start as fit', () => {
    const body = Array.from({ length: 45_000 }, (_, i) => `Short paragraph number ${i} from a hostile page.`);
    const article = { ...base, id: 'short-paragraphs', body, boilerplate: ['Share this article'] };
    expect(storedItemBytes(article)).toBeGreaterThan(2_000_000);
    const fitted = fitItem(article);
    expect(fitted.truncated).toBe(true);
    expect(fitted.boilerplate).toEqual([]);
    expect(fitted.body).toEqual(body.slice(0, fitted.body.length));
    expect(storedItemBytes(fitted)).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT);
    // As many as fit: one more paragraph would pass the budget.
    const oneMore = { ...fitted, body: body.slice(0, fitted.body.length + 1) };
    expect(Buffer.byteLength(JSON.stringify(oneMore))).toBeGreaterThan(ITEM_BYTE_BUDGET);
  });

  it('drops the boilerplate first, and keeps the whole body when that is enough', () => {
    const article = { ...base, id: 'big-trailer', boilerplate: ['x'.repeat(500_000)] };
    const fitted = fitItem(article);
    expect(fitted).toMatchObject({ truncated: true, boilerplate: [], body: base.body });
    expect(storedItemBytes(fitted)).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT);
  });

  it('cuts one paragraph too long for an item between characters, never inside an emoji', () => {
    const article = { ...base, id: 'one-long-paragraph', body: ['Raqqa 😀 é'.repeat(60_000), 'second'] };
    const fitted = fitItem(article);
    const [first, ...rest] = fitted.body;
    expect(rest).toEqual([]);
    expect(first && 'Raqqa 😀 é'.repeat(60_000).startsWith(first)).toBe(true);
    // A lone surrogate would not survive UTF-8 unchanged.
    expect(Buffer.from(first ?? '', 'utf8').toString('utf8')).toBe(first);
    expect(storedItemBytes(fitted)).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT);
    expect(storedItemBytes(fitted)).toBeGreaterThan(ITEM_BYTE_BUDGET - 1024);
  });

  it('cuts a lede too long for an item when the rest alone is over, and drops the body', () => {
    const article = { ...base, id: 'long-lede', lede: 'ل'.repeat(300_000) };
    const fitted = fitItem(article);
    expect(fitted.body).toEqual([]);
    expect(fitted.lede.length).toBeLessThan(300_000);
    expect(storedItemBytes(fitted)).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT);
  });
});

describe('cutToBytes', () => {
  it('keeps the longest start whose JSON fits, counting escapes and multi-byte characters', () => {
    expect(cutToBytes('abcdef', 5)).toBe('abc');
    expect(cutToBytes('a"b"c', 6)).toBe('a"b');
    expect(cutToBytes('éé', 5)).toBe('é');
    expect(cutToBytes('a😀', 6)).toBe('a');
    expect(cutToBytes('short', 100)).toBe('short');
  });
});
