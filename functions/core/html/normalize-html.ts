import { load } from 'cheerio/slim';
import { extractMainContent } from './generic-extractor.js';
import { htmlBlocks } from './html-blocks.js';
import { type OutletProfile, profileFor } from './outlet-profiles.js';
import { globalResearchText } from './profiles/global-research.js';

export { OUTLET_PROFILES, type OutletProfile, profileFor } from './outlet-profiles.js';

function plain(title: string, blocks: readonly string[]): string {
  return `${title.replace(/\s+/g, ' ').trim() || '(untitled)'}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * A page's HTML in the normal form: the outlet's profile when it has one
 * (the marked shape), else the generic extractor (the plain shape). A page
 * that does not fit its profile falls back to the generic extractor.
 */
export function normalizeHtml(
  html: string,
  options: { url?: string; profile?: OutletProfile; title?: string } = {},
): string {
  const profile = options.profile ?? profileFor(options.url);
  // With no profile named, a page that carries the Global Research layout gets it wherever it was saved from.
  if (profile === 'global-research' || options.profile === undefined) {
    const marked = globalResearchText(load(html));
    if (marked) return marked;
  }
  const page = extractMainContent(html, options.url ? { url: options.url } : {});
  return plain(page.title || options.title || '', page.blocks);
}

/** A feed item's own HTML (its content or description) as a plain-shape article under the item's title. */
export function normalizeFragment(html: string, title: string): string {
  const $ = load(html);
  return plain(title, htmlBlocks($.root()[0] as never));
}
