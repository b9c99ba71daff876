import type { FeedResponse, WebPort } from '../../core/ports.js';
import { decodeBody, decodeFeedBody } from './decode-body.js';
import type { GuardedFetcher } from './guarded-fetch.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Feeds and pages through the guarded fetcher, decoded to text by their charset. */
export function createWebPort(fetcher: GuardedFetcher): WebPort {
  return {
    async getFeed(url, validators): Promise<FeedResponse> {
      const r = await fetcher.fetch(url, { ...validators, accept: FEED_ACCEPT });
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
