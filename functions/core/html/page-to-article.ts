import type { Document } from 'domhandler';
import type { Article, ArticleOrigin } from '../article.js';
import { markedArticle, plainArticle } from '../normal-form/parse-normal-form.js';
import { splitBlocks } from '../normal-form/split-blocks.js';
import { extractFromDocument } from './generic-extractor.js';
import { htmlBlocks } from './html-blocks.js';
import { type OutletProfile, type PageSource, type ProfilePage, chooseProfile } from './outlet-profiles.js';
import { readGlobalResearchPage } from './profiles/global-research.js';
import { parsePage } from './parse-page.js';

/** The readers of the outlets with a layout of their own: each gives the marked shape, or undefined when the page lacks the layout. */
const PROFILE_READERS: Readonly<Record<Exclude<OutletProfile, 'generic'>, (doc: Document) => ProfilePage | undefined>> =
  { 'global-research': readGlobalResearchPage };

export interface PageOptions extends PageSource {
  /** The feed item's title, for a page that names none. */
  title?: string;
}

/** Control characters and the other cleaning the normal form's reader does, block by block. */
function cleanBlocks(blocks: readonly string[]): string[] {
  return blocks.flatMap(splitBlocks);
}

function cleanTitle(title: string): string {
  return splitBlocks(title).join(' ').replace(/\s+/g, ' ').trim() || '(untitled)';
}

const originOf = (url: string | undefined): ArticleOrigin => (url ? { url } : {});

/**
 * A page's HTML as an Article. The page is parsed once; the outlet's
 * profile (chosen by chooseProfile) reads it in the marked shape when the
 * page has the outlet's layout, else the generic extractor reads it in the
 * plain shape: title and paragraphs, with outlet and date left to the feed.
 * Total: any HTML gives an Article, at worst an empty one.
 */
export function pageToArticle(html: string, options: PageOptions = {}): Article {
  const origin = originOf(options.url);
  let doc: Document;
  try {
    doc = parsePage(html);
  } catch {
    // What the parser cannot read has no content to vouch for.
    return plainArticle(cleanTitle(options.title ?? ''), [], origin);
  }
  const profile = chooseProfile(options);
  const readers =
    profile === undefined ? Object.values(PROFILE_READERS) : profile === 'generic' ? [] : [PROFILE_READERS[profile]];
  for (const read of readers) {
    const page = read(doc);
    if (page) return markedArticle(cleanTitle(page.title), cleanBlocks(page.blocks), origin);
  }
  const page = extractFromDocument(doc, options.url);
  return plainArticle(cleanTitle(page.title || options.title || ''), cleanBlocks(page.blocks), origin);
}

/** A feed item's own HTML (its content or description) as a plain-shape Article under the item's title. */
export function fragmentToArticle(html: string, options: { title: string; url?: string }): Article {
  const origin = originOf(options.url);
  let blocks: string[] = [];
  try {
    blocks = htmlBlocks(parsePage(html));
  } catch {
    blocks = [];
  }
  return plainArticle(cleanTitle(options.title), cleanBlocks(blocks), origin);
}
