import type { FeedFetchMeta, HintedWebPort } from '../../core/poll-one.js';
import type { FeedResponse } from '../../core/ports.js';
import { cacheHintsFromHeaders } from '../../core/schedule/cache-hints.js';
import { decodeBody, decodeFeedBody } from './decode-body.js';
import type { GuardedFetcher } from './guarded-fetch.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/**
 * Feeds and pages through the guarded fetcher, decoded to text by their
 * charset. A feed's caller may also hear its status and what its headers ask
 * of the next check (Retry-After, Cache-Control, Expires, Date), failed
 * responses included.
 */
export function createWebPort(fetcher: GuardedFetcher): HintedWebPort {
  return {
    async getFeed(url, validators, onResponse?: (meta: FeedFetchMeta) => void): Promise<FeedResponse> {
      const r = await fetcher.fetch(url, {
        ...validators,
        accept: FEED_ACCEPT,
        ...(onResponse
          ? { onResponse: (head) => onResponse({ status: head.status, hints: cacheHintsFromHeaders(head.header) }) }
          : {}),
      });
      if (r.status === 304) return { notModified: true };
      return {
        notModified: false,
        text: decodeFeedBody(r.body, r.contentType),
        url: r.url,
        ...(r.etag ? { etag: r.etag } : {}),
        ...(r.lastModified ? { lastModified: r.lastModified } : {}),
      };
    },
    async getPage(url) {
      const r = await fetcher.fetch(url, { accept: PAGE_ACCEPT });
      if (r.contentType && !/html|xml|text\/plain/i.test(r.contentType))
        throw new Error(`${r.url} is ${r.contentType.split(';')[0]}, not a web page`);
      return { html: decodeBody(r.body, r.contentType), url: r.url };
    },
  };
}
