import Parser from 'rss-parser';
import { canonicalUrl } from './canonical-url.js';

/** One item of a feed, reduced to what ingestion needs. */
export interface FeedItem {
  /** Canonical article URL: the article's identity. */
  url: string;
  title: string;
  /** ISO timestamp, when the feed gives a readable date. */
  published?: string;
  /** The item's own HTML (full content, else the description): the fallback when the page cannot be fetched. */
  html?: string;
}

export interface ParsedFeed {
  title: string;
  items: FeedItem[];
}

/** A feed that could not be read, with the reason. */
export class FeedError extends Error {
  override name = 'FeedError';
}

type RawItem = Parser.Item & {
  'content:encoded'?: string;
  origLink?: string;
  'feedburner:origLink'?: string;
  id?: string;
};

const parser = new Parser<Record<string, unknown>, RawItem>({
  customFields: { item: ['content:encoded', 'feedburner:origLink'] },
});

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function firstString(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
}

/** JSON Feed 1.x (jsonfeed.org), which rss-parser does not read. */
function parseJsonFeed(text: string, feedUrl: string): ParsedFeed | undefined {
  let doc: { version?: unknown; title?: unknown; items?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    return undefined;
  }
  if (typeof doc.version !== 'string' || !doc.version.includes('jsonfeed.org') || !Array.isArray(doc.items))
    return undefined;
  const items: FeedItem[] = [];
  for (const raw of doc.items as Record<string, unknown>[]) {
    const url = canonicalUrl(firstString(raw['url'], raw['external_url'], raw['id']) ?? '', feedUrl);
    if (!url) continue;
    const html = firstString(raw['content_html'], raw['summary'], raw['content_text']);
    const published = isoDate(firstString(raw['date_published']));
    items.push({
      url,
      title: firstString(raw['title']) ?? '',
      ...(published ? { published } : {}),
      ...(html ? { html } : {}),
    });
  }
  return { title: firstString(doc.title) ?? '', items };
}

/**
 * Reads an RSS 0.9x/1.0/2.0 or Atom feed (and JSON Feed) into items with
 * canonical URLs, the same story once. Throws FeedError with the reason when
 * the text is not a feed.
 */
export async function parseFeed(text: string, feedUrl: string): Promise<ParsedFeed> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const json = parseJsonFeed(trimmed, feedUrl);
    if (json) return json;
    throw new FeedError(`${feedUrl} is JSON but not a JSON Feed`);
  }
  if (/^(<!doctype html|<html)/i.test(trimmed)) throw new FeedError(`${feedUrl} is an HTML page, not a feed`);
  let feed: Parser.Output<RawItem>;
  try {
    // rss-parser wants <rss version="...">; some servers write a bare <rss>.
    feed = await parser.parseString(text.replace(/<rss(?=[\s>])(?![^>]*\bversion=)/, '<rss version="2.0"'));
  } catch (error) {
    throw new FeedError(`${feedUrl} is not a readable feed: ${(error as Error).message.split('\n')[0]}`);
  }
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const raw of feed.items ?? []) {
    const link = firstString(
      raw['feedburner:origLink'],
      raw.link,
      raw.guid && /^https?:/i.test(raw.guid) ? raw.guid : undefined,
      raw.id && /^https?:/i.test(raw.id) ? raw.id : undefined,
    );
    const url = link ? canonicalUrl(link, feedUrl) : undefined;
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const html = firstString(raw['content:encoded'], raw.content, raw.summary, raw.contentSnippet);
    const published = isoDate(firstString(raw.isoDate, raw.pubDate));
    items.push({
      url,
      title: firstString(raw.title) ?? '',
      ...(published ? { published } : {}),
      ...(html ? { html } : {}),
    });
  }
  return { title: firstString(feed.title) ?? '', items };
}
