import type { Element } from 'domhandler';
import { textOf } from './generic-dom.js';

/**
 * The article's title: the page's <h1> when the page's own title names it,
 * else og:title or <title> without the site name ("Story – Site").
 */

/** Separators between a headline and the site name in <title>. */
const SEPARATOR = /\s+[|\-–—:·•»«/]\s+|\s+::\s+|:\s+/;
/** The separators after which a short last part is taken for the site name even when it is not known ("Story - Gazette"); not a colon ("Impeachment: day two"). */
const SITE_SEPARATOR = /\s+[|\-–—·•»/]\s+|\s+::\s+/;

/** Letters and digits only, lower-cased: for comparing titles written slightly differently. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Drops the site name from a page title: the parts after (or before) a
 * separator that are the site's name or its host, else the trailing parts
 * when what is left is still a headline (at least 3 words).
 */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  const parts = title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return title.trim();
  const sites = siteNames.map(comparable).filter((s) => s.length > 0);
  const isSite = (part: string): boolean => {
    const c = comparable(part);
    return c.length > 0 && sites.some((s) => s === c || s.includes(c) || c.includes(s));
  };
  let kept = parts;
  while (kept.length > 1 && isSite(kept.at(-1) ?? '')) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0] ?? '')) kept = kept.slice(1);
  if (kept.length < parts.length) return rejoin(title, kept);
  // No part is known to be the site: the last part is, when it is short and the rest reads as a headline.
  const plain = title
    .split(SITE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const last = plain.at(-1) ?? '';
  const head = plain.slice(0, -1);
  if (plain.length >= 2 && last.split(/\s+/).length <= 4 && head.join(' ').split(/\s+/).length >= 3)
    return rejoin(title, head);
  return title.trim();
}

/** The kept parts as they were written in the original title (its own separators). */
function rejoin(title: string, kept: readonly string[]): string {
  const firstPart = kept[0];
  const lastPart = kept.at(-1);
  if (firstPart === undefined || lastPart === undefined) return title.trim();
  const start = title.indexOf(firstPart);
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

/** What the page says about itself in its <head>, and its <h1>s. */
export interface PageHead {
  title: string;
  /** Meta tags by property or name, lower-cased (the first of each). */
  meta: Map<string, string>;
  h1s: Element[];
}

export function extractTitle(head: PageHead, url?: string): string {
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const value = head.meta.get(key)?.replace(/\s+/g, ' ').trim();
      if (value) return value;
    }
    return '';
  };
  const ogTitle = meta('og:title', 'twitter:title');
  const docTitle = head.title.replace(/\s+/g, ' ').trim();
  const siteNames = [meta('og:site_name', 'application-name'), hostName(url)];
  const h1s = head.h1s.map((h) => textOf(h)).filter((t) => t.length > 0);

  const fromMeta = ogTitle ? withoutSiteName(ogTitle, siteNames) : docTitle ? withoutSiteName(docTitle, siteNames) : '';
  // The <h1> that says what the page's own title says is the headline (other <h1>s are logos or section names).
  const named = comparable(fromMeta);
  const headline = h1s.find((h) => {
    const c = comparable(h);
    if (c.length === 0 || named.length === 0) return false;
    return (
      c === named ||
      (named.includes(c) && c.length >= named.length / 2) ||
      (c.includes(named) && named.length >= c.length / 2)
    );
  });
  if (headline) return headline;
  if (fromMeta) return fromMeta;
  return h1s[0] ?? '';
}
