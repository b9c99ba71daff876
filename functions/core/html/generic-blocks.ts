import { stripMarkup } from '../normal-form/inline-markup.js';
import { comparable } from './generic-title.js';

/**
 * The last pass over the article's blocks: the title is not repeated as the
 * first block, and lines that are page furniture wherever they stand
 * ("Advertisement", "Share this article") are dropped.
 */

/** Whole blocks that are furniture, not prose. */
const FURNITURE = [
  /^(?:advertisement|advertisements|advertising|advert|adverts|anzeige|publicité|publicidad|pubblicità|sponsored(?: content)?|ad|ads|story continues below(?: advertisement)?)$/i,
  /^(?:continue reading|read more|read the full (?:story|article)|see more|show more|load more|view comments?|comments?)\b.{0,60}$/i,
  /^(?:read more|read also|see also|also read|related|don'?t miss|more|recommended|watch|listen)\s*:.{0,150}$/i,
  /^(?:don'?t miss|most read|most popular|trending|related (?:articles|stories|posts|content|coverage))$/i,
  /^(?:share|share this|share this (?:article|story|post|page)|share on \w+|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit)$/i,
  /^(?:skip to (?:main )?content|skip (?:this )?ad|close|menu|search|home)$/i,
  /^(?:sign up|subscribe)\b.{0,80}$/i,
  /^(?:reading time|read time|estimated reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\s*:?\s*\d+.{0,20}$/i,
  /^\d+\s*(?:min|mins|minutes?)\s+(?:read|de leitura|de lectura|de lecture|lesezeit)$/i,
  /^(?:follow us|like us)\b.{0,60}$/i,
];

export function isFurniture(block: string): boolean {
  const text = stripMarkup(block).trim();
  if (text.length > 120) return false;
  return FURNITURE.some((re) => re.test(text));
}

const LINK = /\[([^\]\n]*)\]\([^)\s]*\)|<((?:https?|ftp):\/\/[^>\s]+)>/g;

/** A block made of several links and little else: a tag list or a row of related stories. */
export function isLinkList(block: string): boolean {
  let links = 0;
  let linkChars = 0;
  for (const m of block.matchAll(LINK)) {
    links++;
    linkChars += (m[1] ?? m[2] ?? '').length;
  }
  if (links < 2) return false;
  const chars = stripMarkup(block).replace(/\s+/g, ' ').trim().length;
  return chars > 0 && linkChars / chars > 0.7;
}

export function cleanBlocks(blocks: readonly string[], title: string): string[] {
  const titleKey = comparable(title);
  const out: string[] = [];
  for (const block of blocks) {
    // The headline above the body, often inside the article element, is the title again.
    if (out.length === 0 && titleKey && comparable(stripMarkup(block)) === titleKey) continue;
    if (isFurniture(block) || isLinkList(block)) continue;
    out.push(block);
  }
  return out;
}
