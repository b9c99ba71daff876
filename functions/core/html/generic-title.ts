import type { CheerioAPI } from 'cheerio/slim';
import { textOf } from './generic-dom.js';

/**
 * The article's title: the page's <h1> when the page's own title names it,
 * else og:title or <title> without the site name ("Story – Site").
 */

/** Separators between a headline and the site name in <title>. */
const SEPARATOR = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/;

/** Letters and digits only, lower-cased: for comparing titles written slightly differently. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function meta($: CheerioAPI, ...keys: string[]): string {
  for (const key of keys) {
    const value = $(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content');
    if (value && value.trim()) return value.replace(/\s+/g, ' ').trim();
  }
  return '';
}

/**
 * Drops the site name from a page title: the parts after (or before) a
 * separator that are the site's name or its host, else the trailing parts
 * when what is left is still a headline (at least 3 words).
 */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return title.trim();
  const sites = siteNames.map(comparable).filter((s) => s.length > 0);
  const isSite = (part: string): boolean => {
    const c = comparable(part);
    return c.length > 0 && sites.some((s) => s === c || s.includes(c) || c.includes(s));
  };
  let kept = parts;
  while (kept.length > 1 && isSite(kept[kept.length - 1]!)) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0]!)) kept = kept.slice(1);
  if (kept.length === parts.length) {
    // No part is known to be the site: the last part is, when it is short and the rest reads as a headline.
    const last = kept[kept.length - 1]!;
    const head = kept.slice(0, -1).join(' - ');
    if (last.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3) return rejoin(title, kept.slice(0, -1));
    return title.trim();
  }
  return rejoin(title, kept);
}

/** The kept parts as they were written in the original title (its own separators). */
function rejoin(title: string, kept: readonly string[]): string {
  if (kept.length === 0) return title.trim();
  const start = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' - ');
}

function hostName(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/, '');
  } catch {
    return '';
  }
}

export function extractTitle($: CheerioAPI, url?: string): string {
  const ogTitle = meta($, 'og:title', 'twitter:title');
  const docTitle = textOf($('title').first()[0] ?? { type: 'text', data: '' } as never);
  const siteNames = [meta($, 'og:site_name', 'application-name'), hostName(url)];
  const h1s = $('h1')
    .toArray()
    .map((h) => textOf(h))
    .filter((t) => t.length > 0);

  // The <h1> that the page's own titles contain is the headline (other <h1>s are logos or section names).
  const named = [ogTitle, docTitle].map(comparable).filter((t) => t.length > 0);
  const headline = h1s.find((h) => {
    const c = comparable(h);
    return c.length > 0 && named.some((t) => t.includes(c) && c.length >= t.length / 3);
  });
  if (headline) return headline;
  if (ogTitle) return withoutSiteName(ogTitle, siteNames);
  if (docTitle) return withoutSiteName(docTitle, siteNames);
  return h1s[0] ?? '';
}
