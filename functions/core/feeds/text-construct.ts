import type { Element } from 'domhandler';
import { attribute, elementChildren, type FeedTree, htmlOf, localName, markupOf, textOf } from './feed-tree.js';
import { plainText } from './plain-text.js';

/** A title, summary or content as the feed typed it. */
export interface TextConstruct {
  kind: 'text' | 'html';
  value: string;
}

function xhtmlOf(el: Element): string {
  const children = el.children.filter((n) => n.type !== 'text' || n.data.trim() !== '');
  // Atom 1.0 wraps XHTML in one <div>, which is not part of the content.
  const only = children.length === 1 ? children[0] : undefined;
  const inner = only?.type === 'tag' && localName(only) === 'div' ? only.children : el.children;
  return inner
    .map((n) => {
      if (n.type === 'tag') return markupOf(n);
      if (n.type === 'text') return n.data;
      return n.type === 'cdata' ? n.children.map((c) => (c.type === 'text' ? c.data : '')).join('') : '';
    })
    .join('')
    .trim();
}

/**
 * Reads an Atom text construct (type text, html or xhtml; Atom 0.3's MIME
 * types and its escaped and base64 modes) or an RSS element, which carries
 * HTML when it carries markup at all.
 */
export function readConstruct(el: Element, tree: FeedTree, rssHtml: boolean): TextConstruct | undefined {
  if (attribute(el, 'src', tree) !== undefined) return undefined;
  const type = (attribute(el, 'type', tree) ?? '').trim().toLowerCase();
  const mode = (attribute(el, 'mode', tree) ?? '').trim().toLowerCase();
  // Atom 1.0 carries any other media type base64-encoded.
  const binary = type !== '' && !/^text\/|^(x?html|text)$|[/+]xml$/.test(type);
  if (mode === 'base64' || binary) {
    const decoded = Buffer.from(textOf(el, tree).replace(/\s+/g, ''), 'base64').toString('utf8');
    return { kind: /html|octet/.test(type) ? 'html' : 'text', value: decoded };
  }
  if (type === 'xhtml' || type === 'application/xhtml+xml') return { kind: 'html', value: xhtmlOf(el) };
  if (type === 'html' || type === 'text/html' || mode === 'escaped')
    return { kind: 'html', value: htmlOf(el, tree).trim() };
  if (type === '' && rssHtml) return { kind: 'html', value: htmlOf(el, tree).trim() };
  // Markup written inline in an untyped element (old Atom drafts) is markup.
  if (type === '' && elementChildren(el).length > 0) return { kind: 'html', value: htmlOf(el, tree).trim() };
  if (type === '' || type === 'text' || type.startsWith('text/'))
    return { kind: 'text', value: textOf(el, tree).trim() };
  return undefined;
}

/** A construct as plain text: what a reader shows as a title. */
export function constructText(c: TextConstruct | undefined): string | undefined {
  if (!c) return undefined;
  return c.kind === 'html' ? plainText(c.value) : c.value.replace(/\s+/g, ' ').trim();
}
