import { EXIT } from './exit-codes.js';
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeFeedBody } from '../adapters/http/decode-body.js';
import { createGuardedFetcher } from '../adapters/http/guarded-fetch.js';
import { createWebPort } from '../adapters/http/web-port.js';
import { canonicalUrl } from '../core/feeds/canonical-url.js';
import { type ParsedFeed, parseFeed } from '../core/feeds/parse-feed.js';
import { plainText } from '../core/feeds/plain-text.js';

export interface FeedOptions {
  /** The address the files were fetched from: the base of their relative links. */
  url?: string;
  /** The Content-Type header the files came with: their charset. */
  contentType?: string;
  json?: boolean;
  allowPrivate?: boolean;
}

const out = (s: string): boolean => process.stdout.write(s);
const err = (s: string): boolean => process.stderr.write(s);

/** Larger than any feed the poller would take (the fetcher's cap is 5 MB). */
const MAX_FEED_BYTES = 20 * 1024 * 1024;

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

interface Read {
  /** The address the feed was read as coming from; undefined for a file given without --url. */
  url?: string;
  feed: ParsedFeed;
}

async function readInput(
  input: string,
  opts: FeedOptions,
  getFeed: (url: string) => Promise<{ text: string; url: string }>,
): Promise<Read> {
  if (isUrl(input)) {
    const { text, url } = await getFeed(input);
    return { url, feed: await parseFeed(text, url) };
  }
  const info = await stat(input);
  if (!info.isFile()) throw new Error(`${input} is not a file`);
  if (info.size > MAX_FEED_BYTES) throw new Error(`${input} is ${info.size} bytes, too large for a feed`);
  const text = decodeFeedBody(await readFile(input), opts.contentType);
  // Without --url relative links have no base: their entries are listed as left out.
  const base = opts.url ?? pathToFileURL(input).href;
  return { ...(opts.url ? { url: opts.url } : {}), feed: await parseFeed(text, base) };
}

const clip = (html: string | undefined, max: number): string | undefined => {
  if (html === undefined) return undefined;
  const text = plainText(html);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

function printText(input: string, { url, feed }: Read, many: boolean, first: boolean): void {
  if (many) out(`${first ? '' : '\n'}==> ${input} <==\n`);
  out(`${feed.title || '(untitled feed)'}${url ? ` <${url}>` : ''}\n`);
  const head = [
    `${feed.items.length} item${feed.items.length === 1 ? '' : 's'}`,
    ...(feed.skipped.length ? [`${feed.skipped.length} left out`] : []),
    ...(feed.updated ? [`updated ${feed.updated}`] : []),
    ...(feed.ttl ? [`ttl ${feed.ttl} min`] : []),
  ];
  out(`${head.join(', ')}\n`);
  feed.items.forEach((item, i) => {
    out(`\n${String(i + 1).padStart(3)}. ${item.title || '(untitled)'}\n`);
    out(`     ${item.url}\n`);
    const facts = [
      ...(item.id && item.id !== item.url ? [`id ${item.id}`] : []),
      `published ${item.published ?? '-'}`,
      ...(item.updated ? [`updated ${item.updated}`] : []),
      item.content ? 'content' : item.summary ? 'summary only' : 'no text',
    ];
    out(`     ${facts.join(' | ')}\n`);
    const summary = clip(item.summary ?? item.content, 160);
    if (summary) out(`     ${summary}\n`);
  });
  if (feed.skipped.length) {
    out('\nLeft out:\n');
    for (const s of feed.skipped) out(`  entry ${s.position + 1} "${s.title || '(untitled)'}": ${s.reason}\n`);
  }
}

function printJson(input: string, { url, feed }: Read): void {
  out(
    `${JSON.stringify({ type: 'feed', file: input, url: url ?? null, title: feed.title, items: feed.items.length })}\n`,
  );
  for (const item of feed.items) {
    out(
      `${JSON.stringify({
        type: 'item',
        feed: url ?? input,
        title: item.title,
        url: item.url,
        id: item.id ?? null,
        published: item.published ?? null,
        updated: item.updated ?? null,
        summary: item.summary ?? null,
        content: item.content ?? null,
      })}\n`,
    );
  }
  // The JSON lines are a contract: entries left out are said on stderr.
  for (const s of feed.skipped)
    err(`feedwatch: ${input}: entry ${s.position + 1} "${s.title || '(untitled)'}" left out: ${s.reason}\n`);
}

/**
 * `feedwatch feed`: prints each feed (file or URL) as the poller reads it.
 * Exit 0 when every input was a feed, 2 when one or more could not be read
 * (each is reported and the rest go on), 1 for a bad --url.
 */
export async function runFeed(inputs: readonly string[], opts: FeedOptions): Promise<number> {
  if (opts.url !== undefined && !canonicalUrl(opts.url)) {
    err(`feedwatch: --url ${opts.url} is not an http(s) URL\n`);
    return EXIT.failed;
  }
  const fetcher = inputs.some(isUrl) ? createGuardedFetcher({ allowPrivate: opts.allowPrivate ?? false }) : undefined;
  const web = fetcher ? createWebPort(fetcher) : undefined;
  const getFeed = async (url: string): Promise<{ text: string; url: string }> => {
    const r = await (web as NonNullable<typeof web>).getFeed(url, {});
    // No validators were sent: a 304 cannot come back.
    if (r.notModified) throw new Error(`${url} answered 304 Not Modified to an unconditional request`);
    return { text: r.text, url: r.url };
  };
  let failed = 0;
  try {
    for (const [i, input] of inputs.entries()) {
      let read: Read;
      try {
        read = await readInput(input, opts, getFeed);
      } catch (error) {
        failed += 1;
        const message = (error as Error).message;
        if (opts.json) out(`${JSON.stringify({ type: 'feed-error', file: input, error: message })}\n`);
        else err(`feedwatch: ${message.startsWith(input) ? message : `${input}: ${message}`}\n`);
        continue;
      }
      if (opts.json) printJson(input, read);
      else printText(input, read, inputs.length > 1, i === 0);
    }
  } finally {
    await fetcher?.close();
  }
  return failed > 0 ? EXIT.partial : EXIT.ok;
}
