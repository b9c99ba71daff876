import type { Element } from 'domhandler';
import { findAll, firstChild, localName, readTree, textOf, type FeedTree } from './feed-tree.js';
import { readJsonFeed } from './json-feed.js';
import { type FeedEntry, readDate, readEntry, UPDATED } from './read-entry.js';
import { constructText, readConstruct } from './text-construct.js';

/** One item of a feed, reduced to what ingestion needs: an entry with a web address. */
export interface FeedItem extends FeedEntry {
  /** Canonical article URL: the article's identity. */
  url: string;
  /** The item's own HTML (content, else the summary): the fallback when the page cannot be fetched. */
  html?: string;
}

/** An entry the poller cannot take, with the reason; position counts every entry of the feed from 0. */
export interface SkippedEntry extends FeedEntry {
  position: number;
  reason: string;
}

export interface ParsedFeed {
  title: string;
  items: FeedItem[];
  /** When the feed says it last changed (ISO, UTC). */
  updated?: string;
  /** RSS <ttl>: minutes the feed asks readers to wait between polls. */
  ttl?: number;
  /** Entries left out of items: no web address, the same story again, or unreadable. */
  skipped: SkippedEntry[];
}

/** A feed that could not be read, with the reason. */
export class FeedError extends Error {
  override name = 'FeedError';
}

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);

function toItems(entries: readonly (FeedEntry | Error)[]): Pick<ParsedFeed, 'items' | 'skipped'> {
  const seen = new Map<string, number>();
  const items: FeedItem[] = [];
  const skipped: SkippedEntry[] = [];
  entries.forEach((entry, position) => {
    if (entry instanceof Error) {
      skipped.push({ title: '', position, reason: `unreadable entry: ${entry.message}` });
      return;
    }
    const { url } = entry;
    if (!url) {
      skipped.push({ ...entry, position, reason: 'no web address (link, permalink guid or id)' });
      return;
    }
    const first = seen.get(url);
    if (first !== undefined) {
      skipped.push({ ...entry, position, reason: `same address as entry ${first}` });
      return;
    }
    seen.set(url, position);
    const html = entry.content ?? entry.summary;
    items.push({ ...entry, url, ...(html ? { html } : {}) });
  });
  return { items, skipped };
}

function readXmlFeed(root: Element, tree: FeedTree, feedUrl: string): ParsedFeed {
  const atom = localName(root) === 'feed';
  const channel = atom ? root : localName(root) === 'channel' ? root : firstChild(root, 'channel');
  const titleEl = channel ? (firstChild(channel, 'title') ?? firstChild(channel, 'title', 'dc')) : undefined;
  const title = (titleEl ? constructText(readConstruct(titleEl, tree, !atom)) : undefined) ?? '';
  const updated = channel ? (readDate(channel, UPDATED, tree) ?? readDate(channel, [['pubdate']], tree)) : undefined;
  const ttlEl = channel ? firstChild(channel, 'ttl') : undefined;
  const ttl = ttlEl ? Number.parseInt(textOf(ttlEl, tree), 10) : Number.NaN;
  const entries = findAll(root, atom ? 'entry' : 'item').map((el) => {
    try {
      return readEntry(el, feedUrl, tree);
    } catch (error) {
      // One entry the reader trips on costs that entry only.
      return error instanceof Error ? error : new Error(String(error));
    }
  });
  return {
    title,
    ...toItems(entries),
    ...(updated ? { updated } : {}),
    ...(Number.isFinite(ttl) && ttl > 0 ? { ttl } : {}),
  };
}

/**
 * Reads an RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed document into items
 * with canonical URLs, the same story once, as a browser-grade reader would:
 * ill-formed XML is read leniently (see feed-tree.ts), a bad entry or field
 * costs only itself. Throws FeedError, with the reason, only when the text
 * holds no feed.
 */
export async function parseFeed(text: string, feedUrl: string): Promise<ParsedFeed> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const json = readJsonFeed(trimmed, feedUrl);
    if (!json) throw new FeedError(`${feedUrl} is JSON but not a JSON Feed`);
    return { title: json.title, ...toItems(json.entries) };
  }
  if (/^(<!doctype html|<html)/i.test(trimmed)) throw new FeedError(`${feedUrl} is an HTML page, not a feed`);
  let tree: FeedTree;
  try {
    tree = readTree(text);
  } catch (error) {
    throw new FeedError(`${feedUrl} is not a readable feed: ${(error as Error).message.split('\n')[0]}`);
  }
  const { root } = tree;
  if (!root) throw new FeedError(`${feedUrl} is not a readable feed: no XML element`);
  const name = localName(root);
  if (name === 'html') throw new FeedError(`${feedUrl} is an HTML page, not a feed`);
  if (!FEED_ROOTS.has(name))
    throw new FeedError(`${feedUrl} is not a readable feed: its root element is <${root.name}>`);
  try {
    return readXmlFeed(root, tree, feedUrl);
  } catch (error) {
    // Entries fail alone; this is for a fault in reading the feed's own head.
    throw new FeedError(`${feedUrl} is not a readable feed: ${(error as Error).message}`);
  }
}
