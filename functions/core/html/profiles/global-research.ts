import { type AnyNode, type Document, type Element, isTag } from 'domhandler';
import { findAll, findOne, textContent } from 'domutils';
import { stripMarkup } from '../../normal-form/inline-markup.js';
import { htmlBlocks } from '../html-blocks.js';
import type { ProfilePage } from '../outlet-profiles.js';

/** Widgets on the page that are neither article nor its trailer. */
const WIDGET =
  /(^|[\s_-])(share|sharing|social|sociable|addthis|addtoany|print|email-?this|related|comments?|sidebar|widget|newsletter|breadcrumbs?|nav|menu|advert|ads?|banner|popup|modal|subscribe-form|donate-box|tags)([\s_-]|$)/i;

const OUTLET_LINE = /(Global Research|Mondialisation\.ca|Centre for Research on Globalization)\s*,\s*\S/;

const isWidget = (el: Element): boolean => {
  const name = el.name.toLowerCase();
  if (name === 'nav' || name === 'aside' || name === 'form') return true;
  return WIDGET.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`);
};

function text(node: AnyNode): string {
  return htmlBlocks(node).join(' ');
}

/**
 * The article's container: the nearest ancestor of the headline that also
 * holds the outlet-and-date line and the article's paragraphs.
 */
function articleRoot(h1: Element): Element | undefined {
  for (let node = h1.parent; node && isTag(node); node = node.parent) {
    const paragraphs = findAll((el) => el.name === 'p' && textContent(el).trim().length > 80, node.children).length;
    if (paragraphs >= 2 && OUTLET_LINE.test(text(node))) return node;
  }
  return undefined;
}

/**
 * Global Research and Mondialisation.ca: the headline, then byline, outlet
 * and date, source, region, themes and dossiers, lede, body and trailer as
 * the seeds show them. Header lines are told later by their words, not by
 * their classes, so a redesign of the page's markup costs little. Undefined
 * when the page does not have that layout.
 */
export function readGlobalResearchPage(doc: Document): ProfilePage | undefined {
  // Most pages read here are not the outlet's: one look at the whole text spares the walk up from the headline.
  if (!OUTLET_LINE.test(textContent(doc))) return undefined;
  const h1 = findOne((el) => el.name === 'h1', doc.children);
  if (!h1) return undefined;
  const heading = text(h1).replace(/\s+/g, ' ').trim();
  const root = articleRoot(h1);
  if (!heading || !root) return undefined;
  const blocks = htmlBlocks(root, isWidget);
  const at = blocks.findIndex((b) => b.replace(/\s+/g, ' ').trim() === heading);
  return { title: stripMarkup(heading).trim(), blocks: at === -1 ? blocks : blocks.slice(at + 1) };
}
