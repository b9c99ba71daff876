import { createHash } from 'node:crypto';

export interface IdentityFields {
  url?: string;
  outlet: string;
  title: string;
  published: string;
  /** Used only when outlet and date are both unknown, so two plain pages with one headline stay apart. */
  firstParagraph?: string;
}

function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A stable, opaque 16-hex-digit id: the same story gets the same id however
 * often it is replayed or polled.
 */
export function articleId(fields: IdentityFields): string {
  const key = fields.url
    ? `url\u0000${fields.url}`
    : fields.outlet || fields.published
      ? `doc\u0000${squash(fields.outlet)}\u0000${squash(fields.title)}\u0000${fields.published}`
      : `doc\u0000\u0000${squash(fields.title)}\u0000\u0000${squash(fields.firstParagraph ?? '')}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** The id of the article at a canonical URL. */
export function idForUrl(url: string): string {
  return articleId({ url, outlet: '', title: '', published: '' });
}
