import { type AnyNode, type Element, isDocument, isTag, isText } from 'domhandler';

/**
 * Elements that start a new block (paragraph) of the normal form; the
 * generic extractor tells containers from paragraphs by the same set.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never text a reader sees. */
export const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'img',
  'picture',
  'source',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'head',
  'title',
  'meta',
  'link',
]);

const BARE_URL = /^(?:https?|ftp):\/\/\S+$/i;

/** Collapses runs of white space to one space, as a browser does, but keeps line breaks made by <br>. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Wraps a span in emphasis marks the way the normal form writes it, keeping
 * its edge spaces outside, one line at a time: emphasis never spans a line
 * break in the normal form.
 */
function emphasise(inner: string, mark: string): string {
  return inner
    .split('\n')
    .map((line) => {
      const core = line.trim();
      if (!core) return line;
      const lead = line.startsWith(' ') ? ' ' : '';
      const trail = line.endsWith(' ') ? ' ' : '';
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('\n');
}

/**
 * The inline text of a node in the normal form: links as `[text](#)`,
 * mailto links with their target, bare URLs as `<http://...>`, emphasis as
 * `*...*` and `**...**`, line breaks kept. `skip` leaves out elements
 * (hidden spans, widgets) inside the text too.
 */
export function inlineText(node: AnyNode, skip: (el: Element) => boolean = () => false): string {
  if (isText(node)) return node.data.replace(/\s+/g, ' ');
  if (!isTag(node)) return '';
  const name = node.name.toLowerCase();
  if (INVISIBLE.has(name) || skip(node)) return '';
  if (name === 'br') return '\n';
  const inner = node.children.map((child) => inlineText(child, skip)).join('');
  switch (name) {
    case 'a': {
      const label = inner.replace(/\s+/g, ' ').trim();
      if (!label) return '';
      const href = (node.attribs['href'] ?? '').trim();
      const padded = (s: string): string => `${inner.startsWith(' ') ? ' ' : ''}${s}${inner.endsWith(' ') ? ' ' : ''}`;
      if (/^mailto:/i.test(href)) return padded(`[${label}](${href})`);
      if (BARE_URL.test(label)) return padded(`<${label}>`);
      return padded(`[${label}](#)`);
    }
    case 'em':
    case 'i':
    case 'cite':
      return emphasise(inner, '*');
    case 'strong':
    case 'b':
      return emphasise(inner, '**');
    default:
      return inner;
  }
}

/**
 * The blocks (paragraphs) under a node, in document order: each block
 * element's inline content becomes one block, and text between blocks becomes
 * a block of its own. `skip` leaves out elements (page chrome) on the way.
 */
export function htmlBlocks(root: AnyNode, skip: (el: Element) => boolean = () => false): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = tidy(line);
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: AnyNode): void => {
    if (!isTag(node)) {
      if (isDocument(node)) {
        for (const child of node.children) walk(child);
        return;
      }
      line += inlineText(node, skip);
      return;
    }
    const name = node.name.toLowerCase();
    if (INVISIBLE.has(name) || skip(node)) return;
    if (!BLOCK_TAGS.has(name)) {
      // An inline element that holds blocks (a link around a <div>) is walked like a block.
      if (node.children.some((c) => isTag(c) && BLOCK_TAGS.has(c.name.toLowerCase()))) {
        for (const child of node.children) walk(child);
      } else {
        line += inlineText(node, skip);
      }
      return;
    }
    flush();
    if (name === 'pre') {
      line += node.children.map((c) => (isText(c) ? c.data : inlineText(c, skip))).join('');
      const text = line.replace(/\s+$/, '');
      if (text.trim()) blocks.push(text);
      line = '';
      return;
    }
    for (const child of node.children) walk(child);
    flush();
  };
  walk(root);
  flush();
  return blocks;
}
