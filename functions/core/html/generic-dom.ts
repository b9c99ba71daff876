import { type AnyNode, type Element, hasChildren, isTag, isText } from 'domhandler';
import { BLOCK_TAGS, INVISIBLE } from './html-blocks.js';

/**
 * Small helpers over domhandler's tree for the generic extractor: text
 * statistics per element, and the class/id hints that tell content from
 * page chrome.
 */

export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function elementChildren(el: Element): Element[] {
  return el.children.filter(isTag);
}

/** The class and id of an element, lower-cased, as one string for the hint patterns. */
export function hintText(el: Element): string {
  const cls = el.attribs['class'] ?? '';
  const id = el.attribs['id'] ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}

/** Collapsed, trimmed length of a text node: what a reader would count. */
export function visibleLength(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  // A trailing run of spaces was counted as one; a reader would not see it.
  return space && n > 0 ? n - 1 : n;
}

const COMMAS = /[,，、،]/g;

export function countCommas(data: string): number {
  return data.match(COMMAS)?.length ?? 0;
}

/** What the extractor knows of an element's visible content. */
export interface Stats {
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  commas: number;
  /** <p> elements with some text. */
  paragraphs: number;
  listItems: number;
  images: number;
  inputs: number;
  /** Characters inside headings. */
  headingChars: number;
  /** Text directly in this element or its inline children: a paragraph of its own when long enough. */
  ownChars: number;
  ownCommas: number;
  /** Whether it has a block-level element child (so it is a container, not a paragraph). */
  hasBlockChild: boolean;
  /**
   * Runs of loose text (split at block children and at double <br>s, as
   * Readability splits them into paragraphs) of 25 characters or more, and
   * their paragraph scores summed.
   */
  runs: number;
  runScore: number;
  /** Position in document order. */
  order: number;
}

const emptyStats = (): Stats => ({
  chars: 0,
  linkChars: 0,
  commas: 0,
  paragraphs: 0,
  listItems: 0,
  images: 0,
  inputs: 0,
  headingChars: 0,
  ownChars: 0,
  ownCommas: 0,
  hasBlockChild: false,
  runs: 0,
  runScore: 0,
  order: 0,
});

/** Paragraphs shorter than this are captions, labels or links, and score nothing. */
export const MIN_PARAGRAPH_CHARS = 25;

/** Readability's paragraph score: one, plus one per comma, plus one per 100 characters up to three. */
export function paragraphScore(chars: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(chars / 100), 3);
}

/**
 * Statistics for every element under `root` that `skip` lets through, in one
 * post-order pass without recursion (pages can nest deeply).
 */
export function collectStats(root: AnyNode, skip: (el: Element) => boolean): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  // Each frame: the element, and whether its children have been pushed already.
  const stack: Array<[Element, boolean]> = [];
  const order = new Map<Element, number>();
  const pushChildren = (children: AnyNode[]): void => {
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c && isTag(c) && !skip(c)) stack.push([c, false]);
    }
  };
  if (hasChildren(root)) pushChildren(root.children);
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const [el, visited] = frame;
    if (!visited) {
      frame[1] = true;
      order.set(el, order.size);
      pushChildren(el.children);
      continue;
    }
    stack.pop();
    const s = statsOf(el, stats);
    s.order = order.get(el) ?? 0;
    stats.set(el, s);
  }
  return stats;
}

/** Combines an element's children's statistics (already computed) into its own. */
function statsOf(el: Element, stats: Map<Element, Stats>): Stats {
  const s = emptyStats();
  const name = el.name;
  let runChars = 0;
  let runCommas = 0;
  let breaks = 0;
  const closeRun = (): void => {
    if (runChars >= MIN_PARAGRAPH_CHARS) {
      s.runs += 1;
      s.runScore += paragraphScore(runChars, runCommas);
    }
    runChars = 0;
    runCommas = 0;
    breaks = 0;
  };
  const addToRun = (chars: number, commas: number): void => {
    if (chars === 0) return;
    if (breaks >= 2) closeRun();
    breaks = 0;
    runChars += chars;
    runCommas += commas;
  };
  for (const child of el.children) {
    if (isText(child)) {
      const len = visibleLength(child.data);
      const commas = len > 0 ? countCommas(child.data) : 0;
      s.chars += len;
      s.commas += commas;
      s.ownChars += len;
      s.ownCommas += commas;
      addToRun(len, commas);
      continue;
    }
    if (!isTag(child)) continue;
    if (child.name === 'br') {
      breaks++;
      continue;
    }
    const c = stats.get(child);
    if (!c) continue;
    s.chars += c.chars;
    s.linkChars += c.linkChars;
    s.commas += c.commas;
    s.paragraphs += c.paragraphs;
    s.listItems += c.listItems;
    s.images += c.images;
    s.inputs += c.inputs;
    s.headingChars += c.headingChars;
    if (BLOCK_TAGS.has(child.name) || c.hasBlockChild) {
      s.hasBlockChild = true;
      closeRun();
    } else {
      // An inline child's text is part of this element's own paragraph.
      s.ownChars += c.chars;
      s.ownCommas += c.commas;
      addToRun(c.chars, c.commas);
    }
  }
  closeRun();
  if (name === 'a') s.linkChars = s.chars;
  else if (name === 'p' && s.chars > 0) s.paragraphs += 1;
  else if (name === 'li') s.listItems += 1;
  else if (name === 'img' || name === 'picture') s.images += 1;
  else if (name === 'input' || name === 'select' || name === 'textarea' || name === 'button') s.inputs += 1;
  else if (HEADINGS.has(name)) s.headingChars = s.chars;
  if (INVISIBLE.has(name)) {
    // Counted as images or inputs above, but their text is not seen.
    s.chars = 0;
    s.linkChars = 0;
    s.commas = 0;
    s.ownChars = 0;
    s.ownCommas = 0;
    s.runs = 0;
    s.runScore = 0;
  }
  return s;
}

/** Children pushed last-first, so that popping visits them in document order. */
function pushReversed(stack: AnyNode[], children: readonly AnyNode[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) stack.push(child);
  }
}

/** The text of a subtree with white space collapsed, skipping what `skip` leaves out. */
export function textOf(node: AnyNode, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (isText(n)) {
      parts.push(n.data);
      continue;
    }
    if (isTag(n) && (INVISIBLE.has(n.name) || skip(n))) continue;
    if (hasChildren(n)) pushReversed(stack, n.children);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Cuts the tree below `maxDepth` levels: htmlBlocks and inlineText recurse,
 * and a page of endless unclosed tags would overflow the stack.
 */
export function pruneDeep(root: AnyNode, maxDepth: number): void {
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [n, depth] = top;
    if (!hasChildren(n)) continue;
    if (depth >= maxDepth) {
      n.children = [];
      continue;
    }
    for (const c of n.children) stack.push([c, depth + 1]);
  }
}

/** The parts of a document the extractor starts from, found in one pass (selectors are slow on deep trees). */
export interface DocumentParts {
  body: Element | undefined;
  title: string;
  meta: Map<string, string>;
  h1s: Element[];
}

export function scanDocument(root: AnyNode): DocumentParts {
  const parts: DocumentParts = { body: undefined, title: '', meta: new Map(), h1s: [] };
  let titleSeen = false;
  const stack: AnyNode[] = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (isTag(n)) {
      if (n.name === 'body' && !parts.body) parts.body = n;
      else if (n.name === 'h1') parts.h1s.push(n);
      else if (n.name === 'title' && !titleSeen) {
        titleSeen = true;
        parts.title = n.children.map((c) => (isText(c) ? c.data : '')).join('');
      } else if (n.name === 'meta') {
        const key = (n.attribs['property'] ?? n.attribs['name'] ?? '').toLowerCase();
        const content = n.attribs['content'];
        if (key && content !== undefined && !parts.meta.has(key)) parts.meta.set(key, content);
      }
      if (INVISIBLE.has(n.name) && n.name !== 'head') continue;
    }
    if (hasChildren(n)) pushReversed(stack, n.children);
  }
  return parts;
}
