import { type AnyNode, type Element, isTag } from 'domhandler';
import { MIN_PARAGRAPH_CHARS, type Stats, elementChildren, paragraphScore } from './generic-dom.js';
import { classWeight } from './generic-hints.js';

/**
 * Finds the element that holds the article, the way Readability does: every
 * paragraph scores for its ancestors (commas and length count, links do
 * not), the best-scored ancestor wins, and its siblings that read like more
 * of the same article join it.
 */

/** How many ancestors a paragraph scores for. */
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;

/** Tags that hold paragraphs of their own rather than other blocks. */
const PARAGRAPH_TAGS = new Set(['p', 'pre']);
/** Containers whose own loose text (not in a <p>) reads as a paragraph. */
const LOOSE_TEXT_HOLDERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'td',
  'blockquote',
  'center',
  'font',
  'span',
  'body',
]);

export interface ScoringOptions {
  /** Use class/id hints in the scores. */
  weighClasses: boolean;
}

/** A starting score by tag: containers of prose up, lists and headings down. */
function tagScore(el: Element): number {
  switch (el.name) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** An element below the document's own <html>: one a paragraph's score may go to. */
const isScoredAncestor = (node: AnyNode | null): node is Element => !!node && isTag(node) && node.name !== 'html';

/** The paragraphs of the page: each with its score and the element its ancestors are counted from. */
function paragraphs(stats: Map<Element, Stats>): Array<{ from: Element; score: number }> {
  const found: Array<{ from: Element; score: number }> = [];
  const add = (from: AnyNode | null, score: number): void => {
    if (from && isTag(from)) found.push({ from, score });
  };
  for (const [el, s] of stats) {
    const isParagraph = PARAGRAPH_TAGS.has(el.name) || (el.name === 'div' && !s.hasBlockChild && s.runs <= 1);
    if (isParagraph) {
      // A <p>, or a <div> used as one: its ancestors get the score.
      if (s.chars >= MIN_PARAGRAPH_CHARS) add(el.parent, paragraphScore(s.chars, s.commas));
    } else if (LOOSE_TEXT_HOLDERS.has(el.name) && s.runs > 0) {
      // Loose text beside blocks or between double <br>s: the holder is those paragraphs' parent.
      add(el, s.runScore);
    }
  }
  return found;
}

/** Scores of the candidate elements, scaled down by their link density. */
export function scoreCandidates(stats: Map<Element, Stats>, options: ScoringOptions): Map<Element, number> {
  const scores = new Map<Element, number>();
  const init = (el: Element): number => {
    const base = tagScore(el) + (options.weighClasses ? classWeight(el) : 0);
    scores.set(el, base);
    return base;
  };
  for (const { from, score } of paragraphs(stats)) {
    let el: AnyNode | null = from;
    for (let level = 0; level < ANCESTOR_LEVELS && isScoredAncestor(el); level++) {
      const current = scores.get(el) ?? init(el);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, current + score / divider);
      el = el.parent;
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el))));
  return scores;
}

export function linkDensity(s: Stats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && isTag(p); p = p.parent) out.push(p);
  return out;
}

/** The best-scored element, moved up to a common ancestor when several strong candidates share one. */
export function topCandidate(scores: Map<Element, number>, body: Element): Element {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  const first = ranked[0];
  if (!first || first[0] === body) return body;
  let [top, topScore] = first;

  // Several near-equal candidates under one ancestor: the article is split in parts (Readability's rule).
  // Candidates inside the top one are already part of it.
  const others = ranked
    .slice(1)
    .filter(([, s]) => s / topScore >= 0.75)
    .map(([el]) => new Set(ancestors(el)))
    .filter((set) => !set.has(top));
  if (others.length >= 3) {
    for (let p = top.parent; p && isTag(p) && p !== body; p = p.parent) {
      const parent = p;
      const shared = others.filter((set) => set.has(parent)).length;
      if (shared >= 3) {
        top = p;
        topScore = scores.get(p) ?? 0;
        break;
      }
    }
  }

  // A parent that scores better than the candidate holds more of the article.
  let lastScore = topScore;
  const threshold = lastScore / 3;
  for (let p = top.parent; p && isTag(p) && p !== body; p = p.parent) {
    const parentScore = scores.get(p);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = p;
      break;
    }
    lastScore = parentScore;
  }

  // A lone child stands for its parent, which may hold its siblings' text too.
  while (top.parent && isTag(top.parent) && top.parent !== body && elementChildren(top.parent).length === 1)
    top = top.parent;
  return top;
}

/**
 * The candidate and those of its siblings that read as the same article:
 * well scored, the same class, or prose paragraphs with few links.
 */
export function withSiblings(
  top: Element,
  scores: Map<Element, number>,
  stats: Map<Element, Stats>,
  text: (el: Element) => string,
): Element[] {
  const parent = top.parent;
  if (!parent || !isTag(parent)) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs['class'] ?? '';
  const chosen: Element[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === top) {
      chosen.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s) continue;
    const bonus = topClass !== '' && sibling.attribs['class'] === topClass ? topScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      chosen.push(sibling);
      continue;
    }
    const paragraph = asParagraph(sibling, s, stats);
    if (paragraph) {
      const density = linkDensity(paragraph.stats);
      const chars = paragraph.stats.chars;
      if (chars > 80 && density < 0.25) chosen.push(sibling);
      else if (chars > 0 && chars <= 80 && density === 0 && /\.( |$)/.test(text(paragraph.el))) chosen.push(sibling);
    }
  }
  return chosen;
}

/**
 * A sibling that is a paragraph: a <p>, a <div> used as one, or a wrapper
 * around a single <p> and nothing else (pages that give each paragraph its
 * own <div class="firstPar">), judged by that <p>, as Readability does.
 */
function asParagraph(el: Element, s: Stats, stats: Map<Element, Stats>): { el: Element; stats: Stats } | undefined {
  if (el.name === 'p' || (el.name === 'div' && !s.hasBlockChild)) return { el, stats: s };
  const only = elementChildren(el);
  const inner = only.length === 1 ? only[0] : undefined;
  if (el.name !== 'div' || s.ownChars > 0 || !inner || inner.name !== 'p') return undefined;
  const innerStats = stats.get(inner);
  return innerStats ? { el: inner, stats: innerStats } : undefined;
}

/** Tag and class: elements built from the same template share it. */
function signature(el: Element): string {
  return `${el.name}.${(el.attribs['class'] ?? '').trim()}`;
}

/** How far above the chosen content another part of the article may branch off. */
const PART_REACH = 3;

/**
 * Parts of the article outside the chosen content: elements built like the
 * best-scored paragraph holder (same tag and class) that score well and
 * branch off close above it, as when a page splits the body around a
 * full-width figure or ad.
 */
export function splitParts(chosen: readonly Element[], scores: Map<Element, number>, top: Element): Element[] {
  const best = [...scores].reduce<[Element, number] | undefined>((a, b) => (!a || b[1] > a[1] ? b : a), undefined);
  if (!best || !(best[0].attribs['class'] ?? '').trim()) return [];
  const sig = signature(best[0]);
  const near = new Set<Element>();
  let p: AnyNode | null = top.parent;
  for (let i = 0; i < PART_REACH && p && isTag(p) && p.name !== 'body'; i++, p = p.parent) near.add(p);
  const inChosen = (el: Element): boolean => ancestors(el).some((a) => chosen.includes(a)) || chosen.includes(el);
  const extra: Element[] = [];
  for (const [el, score] of scores) {
    if (el === best[0] || score < best[1] * 0.2 || signature(el) !== sig || inChosen(el)) continue;
    if (chosen.some((c) => ancestors(c).includes(el))) continue;
    if (!ancestors(el).some((a) => near.has(a))) continue;
    extra.push(el);
  }
  return extra;
}
