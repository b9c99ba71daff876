import { articleLink } from '../alerts/article-link.js';
import type { Article, ArticleOrigin } from '../article.js';
import type { SubscriberRoute } from './route-hits.js';

/** A story waiting for a subscriber's next digest: what the digest shows of it, held until sent. */
export interface DigestEntry {
  storyId: string;
  articleId: string;
  title: string;
  outlet: string;
  /** ISO date, or '' when the page does not say. */
  published: string;
  /** Where to read it (articleLink): a URL, or a file for a local run. */
  url: string;
  /** Their own watches the article names, the most mentioned first. */
  watches: string[];
  /** The sentence around the first mention of their leading watch, and its spelling there. */
  sentence: string;
  found: string;
  /** How often the article names their watches, all told: the digest's order. */
  mentions: number;
  /** Other outlets that carried the same story. */
  also: string[];
  /**
   * Another article of a story that one queued before leads: listed only as
   * "also in" under the story's lead when both fall in one digest, and
   * dropped when that story went out already.
   */
  copy?: true;
  /** ISO timestamp: which period the entry falls in. */
  queuedAt: string;
}

/** The digest entry of one article for one subscriber, from its route (their hits lead with the most mentioned). */
export function digestEntry(
  article: Article,
  route: Pick<SubscriberRoute, 'own'>,
  origin: ArticleOrigin,
  story: { storyId: string; also?: readonly string[]; queuedAt: string },
): DigestEntry {
  const lead = route.own[0];
  return {
    storyId: story.storyId,
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: articleLink(article, origin),
    watches: route.own.map((h) => h.watch),
    sentence: lead?.sentence ?? '',
    found: lead?.found ?? '',
    mentions: route.own.reduce((n, h) => n + h.count, 0),
    also: [...(story.also ?? [])],
    queuedAt: story.queuedAt,
  };
}
