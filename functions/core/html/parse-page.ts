import { load } from 'cheerio/slim';
import type { Document } from 'domhandler';
import { pruneDeep } from './generic-dom.js';

/** Deeper than this, a page is broken (endless unclosed tags); the recursive block walks must not overflow. */
const MAX_DEPTH = 400;

/** A page's DOM, parsed once for everything that reads it: the outlet's profile, then the generic extractor. */
export function parsePage(html: string): Document {
  const doc = load(html).root()[0] as Document;
  pruneDeep(doc, MAX_DEPTH);
  return doc;
}
