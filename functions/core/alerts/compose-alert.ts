import type { Article, ArticleOrigin } from '../article.js';
import type { WatchHit } from '../watches/match-article.js';
import { articleHead } from './article-head.js';
import { foldAscii, truncate } from './fold-ascii.js';
import { fitBlocks } from './fit-blocks.js';

/** SNS takes subjects under 100 characters. */
export const SUBJECT_LIMIT = 100;
/** SNS takes messages up to 256 KiB, attributes included; leave room for those. */
export const TEXT_BYTE_LIMIT = 200 * 1024;

/** One alert message: what a subscriber receives for one article. */
export interface AlertMessage {
  articleId: string;
  subject: string;
  text: string;
  /**
   * String-array attributes that subscription filter policies select on:
   * every canonical watch name, and the places and actors apart.
   */
  attributes: {
    watches: string[];
    places: string[];
    actors: string[];
  };
}

const FIELD_LABEL = { title: 'the title', lede: 'the lede', body: 'paragraph' } as const;

function where(hit: WatchHit): string {
  return hit.field === 'body' ? `${FIELD_LABEL.body} ${hit.paragraph + 1}` : FIELD_LABEL[hit.field];
}

function subjectFor(article: Article, hits: readonly WatchHit[]): string {
  const names = hits
    .slice(0, 3)
    .map((h) => h.watch)
    .join(', ');
  const more = hits.length > 3 ? ` +${hits.length - 3}` : '';
  return alertSubject(`${names}${more}`, article);
}

/** "LEAD: title" as SNS takes a subject: ASCII, under 100 characters; a title too short to read names the outlet. */
export function alertSubject(lead: string, article: Pick<Article, 'title' | 'outlet'>): string {
  const title = foldAscii(article.title);
  const subject = foldAscii(
    `${lead}: ${title.length >= 3 ? title : `new article${article.outlet ? ` from ${article.outlet}` : ''}`}`,
  );
  // SNS wants the subject to begin with a letter, digit or punctuation.
  return truncate(subject.replace(/^[^\x21-\x7e]+/, ''), SUBJECT_LIMIT);
}

/** One watch found: its name, the spelling, where and how often, and the sentence it stands in. */
export function hitBlock(hit: WatchHit): string {
  const how = hit.found === hit.watch ? `"${hit.found}"` : `"${hit.found}" (as ${hit.alias})`;
  const times = hit.count > 1 ? `, ${hit.count} mentions` : '';
  return `* ${hit.watch} (${hit.kind}): ${how} in ${where(hit)}${times}\n  > ${hit.sentence}`;
}

/** UTF-8 length without encoding: SNS counts bytes. */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/**
 * Composes the one message an article's alert sends, naming every watch it
 * matched, each with the spelling found and the sentence it stands in.
 */
export function composeAlert(article: Article, hits: readonly WatchHit[], origin: ArticleOrigin = {}): AlertMessage {
  const head = articleHead(article, origin, 'Source');

  const intro = `${head.join('\n')}\n\nWatches found (${hits.length}):\n`;
  const footer = `\n--\nfeedwatch alert for article ${article.id}. You receive this because you follow one of the watches above.\n`;
  const body = fitBlocks(
    hits.map((hit) => `\n${hitBlock(hit)}\n`),
    TEXT_BYTE_LIMIT - byteLength(intro) - byteLength(footer),
    (left) => `\n... and ${left} more watches.\n`,
  );

  const names = (kind: WatchHit['kind']): string[] => hits.filter((h) => h.kind === kind).map((h) => h.watch);
  return {
    articleId: article.id,
    subject: subjectFor(article, hits),
    text: intro + body + footer,
    attributes: { watches: hits.map((h) => h.watch), places: names('place'), actors: names('actor') },
  };
}
