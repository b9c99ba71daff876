import type { Element } from 'domhandler';
import { hintText } from './generic-dom.js';

/**
 * What class names, ids, roles and tags say about an element: article body
 * or page chrome. Substring patterns for long, distinctive words; whole
 * tokens (between separators) for short ones that hide inside other words
 * ("ad" in "header", "nav" in "canvas").
 */

const token = (words: string): string => `(?:^|[\\s_-])(?:${words})(?:$|[\\s_-])`;

/** Chrome that never holds the article: removed before scoring (on the first, strict attempt). */
const UNLIKELY = new RegExp(
  [
    'comment',
    'disqus',
    'sidebar',
    'breadcrumb',
    'pagination',
    'pager',
    'popup',
    'modal',
    'cookie',
    'gdpr',
    'consent',
    'newsletter',
    'subscri',
    'signup',
    'sign-up',
    'social',
    'sharing',
    'share',
    'related',
    'recommend',
    'outbrain',
    'taboola',
    'sponsor',
    'promo',
    'masthead',
    'menu',
    'navbar',
    'navigation',
    'footer',
    'banner',
    'skyscraper',
    'shoutbox',
    'trending',
    'popular',
    'most-read',
    'mostread',
    'more-stories',
    'read-more',
    'readmore',
    'widget',
    'advert',
    'agegate',
    'remark',
    'replies',
    'rss',
    'combx',
    'community',
    'tags',
    'tagcloud',
    'taglist',
    'tag-list',
    'author-bio',
    'authorbio',
    'about-author',
    'byline',
    'dateline',
    'timestamp',
    'toolbar',
    'print',
    'jump-link',
    'login',
    'logo',
    'header',
    'next-article',
    'prev-article',
    'previous',
    'pvs-',
    'slideshow',
    'gallery',
  ].join('|') +
    '|' +
    token(
      'ad|ads|adv|search|print|ad-\\w+|ads-\\w+|nav|tag|tags|meta|post-meta|entry-meta|article-meta|hidden|hide|sr-only|visually-hidden|screen-reader-text|d-none|caption|credit|credits|\\w+caption|date|author|infobox|toc',
    ),
);

/** Hints that an element, though it matched UNLIKELY, may still be the article ("article-header-share" no, "main-content-and-sidebar" yes). */
const MAYBE = /article|body|content|main|column|story|entry|post-?text|post-?body|and|shadow/;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text/;

const NEGATIVE = new RegExp(
  [
    'comment',
    'com-',
    'contact',
    'footer',
    'masthead',
    'media',
    'meta',
    'outbrain',
    'taboola',
    'promo',
    'related',
    'scroll',
    'share',
    'shoutbox',
    'sidebar',
    'skyscraper',
    'sponsor',
    'shopping',
    'tags',
    'widget',
    'banner',
    'combx',
    'gdpr',
    'social',
    'newsletter',
    'subscri',
    'recommend',
    'byline',
    'author',
    'caption',
    'credit',
    'breadcrumb',
    'nav',
    'menu',
    'popular',
    'trending',
  ].join('|') +
    '|' +
    token('ad|ads|hidden|hid|hide'),
);

/** Landmarks and widgets by ARIA role that are never the article. */
const CHROME_ROLES = new Set([
  'navigation',
  'complementary',
  'menu',
  'menubar',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
  'alert',
  'search',
  'toolbar',
  'tablist',
]);

/** Tags that are page chrome wherever they stand. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'dialog', 'menu', 'header', 'select', 'fieldset', 'label']);

/** The element is not shown: hidden attribute, inline display:none, aria-hidden. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined) return true;
  if (a['aria-hidden'] === 'true' && !/fallback-image/.test(a['class'] ?? '')) return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const EMBED = /embed|tweet|instagram-media|tiktok/;

/** An embedded post (tweet, Instagram) that the article quotes: content, though its class says "social". */
export function isEmbed(el: Element): boolean {
  const hints = hintText(el);
  return hints !== '' && EMBED.test(hints);
}

/** Tag or role says chrome. */
export function isChromeElement(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const role = el.attribs['role'];
  return role !== undefined && CHROME_ROLES.has(role.toLowerCase());
}

/** Class or id says chrome, and nothing says it might hold the article. */
export function isUnlikelyCandidate(el: Element): boolean {
  const hints = hintText(el);
  if (!hints || el.name === 'body' || el.name === 'a' || el.name === 'html') return false;
  return UNLIKELY.test(hints) && !MAYBE.test(hints) && !EMBED.test(hints);
}

/** Chrome by class or id, whatever else it says (used inside the chosen content, where the wrapper is already known). */
export function hasChromeHint(el: Element): boolean {
  const hints = hintText(el);
  return hints !== '' && UNLIKELY.test(hints);
}

/** Readability's class weight: -25 to +50 from the class and the id. */
export function classWeight(el: Element): number {
  let weight = 0;
  for (const attr of ['class', 'id'] as const) {
    const value = el.attribs[attr]?.toLowerCase();
    if (!value) continue;
    if (NEGATIVE.test(value)) weight -= 25;
    if (POSITIVE.test(value)) weight += 25;
  }
  return weight;
}
