import type { Article } from '../article.js';
import type { Matcher } from './build-matcher.js';
import type { WatchKind } from './watch-list.js';
import { sentenceAt, sentenceStarts } from './find-sentence.js';

export type ArticleField = 'title' | 'lede' | 'body';

/** A watch that an article mentions: where first, how, and how often. */
export interface WatchHit {
  /** Canonical name of the watch. */
  watch: string;
  kind: WatchKind;
  /** The lexicon's spelling that matched. */
  alias: string;
  /** The words as the article writes them. */
  found: string;
  field: ArticleField;
  /** Index of the body paragraph (0 for the title and lede). */
  paragraph: number;
  /** The sentence around the first mention. */
  sentence: string;
  /** How many times the article mentions the watch. */
  count: number;
}

/**
 * Finds the watches an article mentions in its title, lede and body; never in
 * its boilerplate. One hit per watch, in the order the article first names them.
 */
export function matchArticle(article: Article, matcher: Matcher): WatchHit[] {
  const hits = new Map<string, WatchHit>();
  const scan = (text: string, field: ArticleField, paragraph: number): void => {
    if (!text) return;
    let starts: number[] | undefined;
    for (const m of matcher.find(text)) {
      const known = hits.get(m.name);
      if (known) {
        known.count += 1;
        continue;
      }
      hits.set(m.name, {
        watch: m.name,
        kind: m.kind,
        alias: m.alias,
        found: text.slice(m.start, m.end),
        field,
        paragraph,
        sentence:
          field === 'title'
            ? text.trim()
            : sentenceAt(text, (starts ??= sentenceStarts(text, article.language)), m.start, m.end),
        count: 1,
      });
    }
  };
  scan(article.title, 'title', 0);
  scan(article.lede, 'lede', 0);
  for (const [i, p] of article.body.entries()) scan(p, 'body', i);
  return [...hits.values()];
}
