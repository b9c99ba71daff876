import { type Document, Element, isTag } from 'domhandler';
import { linkDensity, scoreCandidates, splitParts, topCandidate, withSiblings } from './generic-candidate.js';
import { type Stats, collectStats, scanDocument, textOf } from './generic-dom.js';
import {
  classWeight,
  hasChromeHint,
  isChromeElement,
  isEmbed,
  isHidden,
  isUnlikelyCandidate,
} from './generic-hints.js';
import { cleanBlocks } from './generic-blocks.js';
import { extractTitle } from './generic-title.js';
import { BLOCK_TAGS, INVISIBLE, htmlBlocks } from './html-blocks.js';
import { parsePage } from './parse-page.js';

/**
 * The main content of any article page: its title and its body as blocks of
 * the normal form. Readability's scoring finds the element that holds the
 * article; page chrome inside it (share widgets, related links, captions,
 * ads) is left out on the way to blocks; boilerplate lines are dropped last.
 * Pure: the HTML in, the page out; it never throws.
 */

export interface ExtractedPage {
  title: string;
  blocks: string[];
}

const EMPTY: ExtractedPage = { title: '', blocks: [] };

/** An article shorter than this means the attempt threw the article out with the chrome: try again with less cleaning. */
const MIN_ARTICLE_CHARS = 500;

interface Attempt {
  /** Leave out elements whose class or id says chrome before scoring. */
  dropUnlikely: boolean;
  /** Let class and id hints weigh in the scores. */
  weighClasses: boolean;
  /** Leave out link lists, forms and image strips inside the article. */
  cleanConditionally: boolean;
}

/** From the strictest to the most lenient, as Readability retries. */
const ATTEMPTS: readonly Attempt[] = [
  { dropUnlikely: true, weighClasses: true, cleanConditionally: true },
  { dropUnlikely: false, weighClasses: true, cleanConditionally: true },
  { dropUnlikely: false, weighClasses: false, cleanConditionally: true },
  { dropUnlikely: false, weighClasses: false, cleanConditionally: false },
];

export function extractMainContent(html: string, options: { url?: string } = {}): ExtractedPage {
  if (typeof html !== 'string' || html.trim() === '') return EMPTY;
  try {
    return extractFromDocument(parsePage(html), options.url);
  } catch {
    // A page the parser or the walk cannot handle has no content we can vouch for.
    return EMPTY;
  }
}

/** The same, from a page already parsed (which gets a <body> if it had none). Never throws. */
export function extractFromDocument(doc: Document, url?: string): ExtractedPage {
  try {
    return extract(doc, url);
  } catch {
    return EMPTY;
  }
}

/** A fragment's nodes under a <body>, as a browser would put them: htmlparser2 adds none. */
function wrapInBody(doc: Document): void {
  const body = new Element('body', {}, doc.children);
  for (const child of body.children) child.parent = body;
  body.parent = doc;
  doc.children = [body];
}

function extract(doc: Document, url: string | undefined): ExtractedPage {
  let parts = scanDocument(doc);
  if (!parts.body) {
    wrapInBody(doc);
    parts = scanDocument(doc);
  }
  const body = parts.body;
  if (!body) return EMPTY;

  let title = '';
  try {
    title = extractTitle(parts, url);
  } catch {
    title = '';
  }

  let best: { blocks: string[]; chars: number } = { blocks: [], chars: 0 };
  for (const attempt of ATTEMPTS) {
    const result = extractBody(body, attempt);
    if (result.chars > best.chars) best = result;
    if (result.chars >= MIN_ARTICLE_CHARS) break;
  }
  return { title, blocks: cleanBlocks(best.blocks, title) };
}

/** The elements in document order, each once, none inside another. */
function inDocumentOrder(elements: Element[], stats: Map<Element, Stats>): Element[] {
  const unique = new Set(elements);
  const isNested = (el: Element): boolean => {
    for (let p = el.parent; p && isTag(p); p = p.parent) if (unique.has(p)) return true;
    return false;
  };
  return [...unique]
    .filter((el) => !isNested(el))
    .sort((a, b) => (stats.get(a)?.order ?? 0) - (stats.get(b)?.order ?? 0));
}

/** Chrome by tag, role or visibility: never part of the article, whatever the attempt. */
function isChrome(el: Element): boolean {
  return INVISIBLE.has(el.name) || isHidden(el) || isChromeElement(el);
}

function extractBody(body: Element, attempt: Attempt): { blocks: string[]; chars: number } {
  const skipForScoring = attempt.dropUnlikely ? (el: Element) => isChrome(el) || isUnlikelyCandidate(el) : isChrome;
  const stats = collectStats(body, skipForScoring);
  const scores = scoreCandidates(stats, { weighClasses: attempt.weighClasses });
  const top = topCandidate(scores, body);
  const text = (el: Element): string => textOf(el, skipForScoring);
  const siblings = top === body ? [body] : withSiblings(top, scores, stats, text);
  const parts = top === body ? [body] : inDocumentOrder([...siblings, ...splitParts(siblings, scores, top)], stats);
  const partChars = parts.reduce((n, el) => n + (stats.get(el)?.chars ?? 0), 0);
  const skip = contentSkip(stats, partChars, skipForScoring, attempt, new Set(parts));
  const blocks = parts.flatMap((el) => htmlBlocks(el, skip));
  // What counts for a retry is what is left after cleaning, as in Readability.
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  return { blocks, chars };
}

/**
 * What to leave out inside the article: chrome, elements whose class says
 * chrome (unless they hold most of the article), and, when cleaning
 * conditionally, containers that read as link lists, forms or image strips.
 */
function contentSkip(
  stats: Map<Element, Stats>,
  articleChars: number,
  base: (el: Element) => boolean,
  attempt: Attempt,
  parts: ReadonlySet<Element>,
): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  return (el) => {
    let skip = cache.get(el);
    if (skip === undefined) {
      // The chosen parts were judged as a whole already; only what is inside them is judged here.
      skip = base(el) || (!parts.has(el) && decideSkip(el, stats.get(el), articleChars, attempt));
      cache.set(el, skip);
    }
    return skip;
  };
}

const CONDITIONAL = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'dl',
  'table',
  'form',
  'figure',
  'aside',
  'header',
  'p',
  'blockquote',
]);

function decideSkip(el: Element, s: Stats | undefined, articleChars: number, attempt: Attempt): boolean {
  if (!s) return true;
  // Inline elements in a paragraph are words of a sentence; loose in a container, they may be chrome (a caption <span>).
  if (!BLOCK_TAGS.has(el.name) && !s.hasBlockChild) return !inParagraph(el) && hasChromeHint(el);
  // Captions describe the pictures, which are not kept.
  if (el.name === 'figcaption') return true;
  // A wrapper that holds most of the article stays, whatever its class says.
  if (s.chars > articleChars / 2) return false;
  // Embedded posts (tweets, Instagram) quoted by the article are part of it.
  if (isEmbed(el)) return false;
  if (hasChromeHint(el)) return true;
  // <article>s side by side inside the article are teasers of other stories (related posts, "more from").
  if (el.name === 'article' && hasSiblingArticle(el)) return true;
  if (!attempt.cleanConditionally || !CONDITIONAL.has(el.name)) return false;
  return looksLikeChrome(el, s, attempt.weighClasses ? classWeight(el) : 0);
}

/** Block elements whose inline content is prose. */
const PROSE_BLOCKS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'td',
  'th',
  'figcaption',
]);

/** Whether an inline element stands inside a paragraph (or inside another inline element). */
function inParagraph(el: Element): boolean {
  const parent = el.parent;
  return !!parent && isTag(parent) && (PROSE_BLOCKS.has(parent.name) || !BLOCK_TAGS.has(parent.name));
}

function hasSiblingArticle(el: Element): boolean {
  const parent = el.parent;
  return !!parent && isTag(parent) && parent.children.some((c) => c !== el && isTag(c) && c.name === 'article');
}

/** Readability's conditional cleaning: few commas and more links, list items, inputs or images than prose. */
function looksLikeChrome(el: Element, s: Stats, weight: number): boolean {
  if (weight < 0) return true;
  if (s.chars === 0) return s.images === 0 || s.images > 2;
  const density = linkDensity(s);
  const isList = el.name === 'ul' || el.name === 'ol';
  // Lists of links (related stories, tags, "more from") are chrome even when long.
  if (isList && density > 0.5) return true;
  if (s.commas >= 10) return false;
  if (s.images > 1 && s.paragraphs / s.images < 0.5 && el.name !== 'figure') return true;
  if (s.inputs > Math.floor(s.paragraphs / 3)) return true;
  if (!isList && s.chars < 25 && density > 0 && s.headingChars / s.chars < 0.9) return true;
  if (!isList && weight < 25 && density > 0.2 && el.name !== 'p') return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}
