import { createHash } from 'node:crypto';

export interface IdentityFields {
  url?: string;
  outlet: string;
  title: string;
  published: string;
  /**
   * The article's own text (lede and body paragraphs, not the page's
   * boilerplate): without a URL, two documents with one outlet, headline and
   * date are told apart by it.
   */
  text?: readonly string[];
}

function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A stable, opaque 16-hex-digit id: the same story gets the same id however
 * often it is replayed or polled. A canonical URL names the story by itself
 * (a corrected page keeps its id). Without one, the id is of the outlet,
 * headline, date and text, spacing and case aside: the same file replayed,
 * or re-wrapped, keeps its id; two different stories under one headline on
 * one day (a daily "Live updates", a wire story rewritten) differ.
 */
export function articleId(fields: IdentityFields): string {
  const text = squash((fields.text ?? []).join('\n'));
  const key = fields.url
    ? `url\u0000${fields.url}`
    : `doc\u0000${squash(fields.outlet)}\u0000${squash(fields.title)}\u0000${fields.published}\u0000${text}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** The id of the article at a canonical URL. */
export function idForUrl(url: string): string {
  return articleId({ url, outlet: '', title: '', published: '' });
}
