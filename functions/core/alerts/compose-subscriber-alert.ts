import type { Article, ArticleOrigin } from '../article.js';
import type { ResolvedSubscriber } from '../subscribers/resolve-subscribers.js';
import type { SubscriberRoute } from '../subscribers/route-hits.js';
import { articleHead } from './article-head.js';
import { alertSubject, byteLength, hitBlock, TEXT_BYTE_LIMIT } from './compose-alert.js';
import { leadNames, listNames } from './lead-names.js';
import { type SnsMessageAttributes, snsAttributes } from './sns-attributes.js';
import { fitBlocks } from './fit-blocks.js';

/** The other watches named on one line: enough to see what else the story is about. */
const OTHERS_SHOWN = 10;

/** One subscriber's message about one article. */
export interface SubscriberMessage {
  articleId: string;
  /** Their address as configured. */
  subscriber: string;
  subscriberId: string;
  /** Their own canonical watch names that matched, the most mentioned first. */
  watches: string[];
  subject: string;
  text: string;
  /** Exactly the SNS MessageAttributes: `subscriber` (their id) and `watches` (String.Array). */
  attributes: SnsMessageAttributes;
}

/**
 * The message one subscriber receives for one article: the subject leads with
 * their own watches, the body with where the article names them (the spelling
 * found and its sentence), then the other watches it mentions on one line,
 * then the article itself and the other outlets that carried the story.
 */
export function composeSubscriberAlert(
  article: Article,
  route: SubscriberRoute<Pick<ResolvedSubscriber, 'email' | 'id' | 'watches'>>,
  origin: ArticleOrigin = {},
  also: readonly string[] = [],
): SubscriberMessage {
  const { subscriber, own, others } = route;
  const watches = own.map((h) => h.watch);
  const attributes = snsAttributes({ subscriber: subscriber.id, watches });

  const tail: string[] = [];
  if (others.length > 0)
    tail.push(
      `Also mentions: ${listNames(
        others.map((h) => h.watch),
        OTHERS_SHOWN,
      )}.`,
    );
  tail.push('', ...articleHead(article, origin));
  // The outlet it came from is no other copy.
  const outlet = article.outlet.toLowerCase();
  const copies = [...new Set(also.filter((a) => a && a.toLowerCase() !== outlet))];
  if (copies.length > 0) tail.push('', `Also in: ${copies.join(', ')}`);
  const follows = listNames([...subscriber.watches], 3);
  const after = `${tail.join('\n')}\n\n--\nfeedwatch alert for ${subscriber.email}, who follows ${follows}. Article ${article.id}.\n`;

  // Their watches come first; should their sentences outgrow the message, the rest are counted, not cut mid-way.
  const lead = fitBlocks(
    own.map((hit) => `${hitBlock(hit)}\n\n`),
    TEXT_BYTE_LIMIT - byteLength(after),
    (left) => `... and ${left} more of your watches.\n\n`,
  );

  return {
    articleId: article.id,
    subscriber: subscriber.email,
    subscriberId: subscriber.id,
    watches,
    subject: alertSubject(leadNames(watches), article),
    text: lead + after,
    attributes,
  };
}
