import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { htmlBlocks } from '../html-blocks.js';

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
function articleRoot($: CheerioAPI, h1: Element): Element | undefined {
  let node: Element | null = h1.parent && h1.parent.type === 'tag' ? (h1.parent as Element) : null;
  while (node) {
    const paragraphs = $(node)
      .find('p')
      .filter((_, p) => $(p).text().trim().length > 80).length;
    if (paragraphs >= 2 && OUTLET_LINE.test(text(node))) return node;
    node = node.parent && node.parent.type === 'tag' ? (node.parent as Element) : null;
  }
  return undefined;
}

/**
 * Global Research and Mondialisation.ca: the headline, byline, outlet and
 * date, source, region, themes and dossiers, lede, body and trailer, in the
 * marked shape the seeds show. Header lines are told by their words, not by
 * their classes, so a redesign of the page's markup costs little. Undefined
 * when the page does not have that layout.
 */
export function globalResearchText($: CheerioAPI): string | undefined {
  const h1 = $('h1').first()[0];
  if (!h1) return undefined;
  const title = text(h1).replace(/\s+/g, ' ').trim();
  const root = articleRoot($, h1);
  if (!title || !root) return undefined;
  const blocks = htmlBlocks(root, isWidget);
  const at = blocks.findIndex((b) => b.replace(/\s+/g, ' ').trim() === title);
  const rest = at === -1 ? blocks : blocks.slice(at + 1);
  return `# ${title}\n\n${rest.join('\n\n')}\n`;
}
