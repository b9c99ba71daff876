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
  /** For an ambiguous name: what in the article made it count ("Syria", "Raqqa"). */
  evidence?: string[];
}

/**
 * Finds the watches an article mentions in its title, lede and body; never in
 * its boilerplate. The whole article is read before a name counts: an
 * ambiguous one needs evidence anywhere in it. One hit per watch, in the
 * order the article first names them.
 */
export function matchArticle(article: Article, matcher: Matcher): WatchHit[] {
  const hits = new Map<string, WatchHit>();
  const texts = [article.title, article.lede, ...article.body];
  const found = matcher.findInArticle(texts);
  for (const [i, text] of texts.entries()) {
    const field: ArticleField = i === 0 ? 'title' : i === 1 ? 'lede' : 'body';
    const paragraph = i < 2 ? 0 : i - 2;
    let starts: number[] | undefined;
    for (const m of found[i] ?? []) {
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
        ...(m.evidence ? { evidence: m.evidence } : {}),
      });
    }
  }
  return [...hits.values()];
}
