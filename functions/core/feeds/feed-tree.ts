import type { AnyNode, Document, Element } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * A feed's XML as a tree, read leniently: htmlparser2's XML mode closes what
 * a truncated download left open and never stops at an ill-formed byte, and
 * entities are decoded here by HTML's rules, so a bare "&" in a URL, an HTML
 * entity XML does not define (&eacute;) or one the DOCTYPE declares all read
 * as a browser would.
 */
export interface FeedTree {
  root: Element | undefined;
  /** Entities the DOCTYPE's internal subset declares. */
  entities: ReadonlyMap<string, string>;
}

const NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/Atom': 'core',
  'http://purl.org/atom/ns#': 'core',
  'http://purl.org/rss/1.0/': 'core',
  'http://my.netscape.com/rdf/simple/0.9/': 'core',
  'http://backend.userland.com/rss2': 'core',
  'http://blogs.law.harvard.edu/tech/rss': 'core',
  'http://purl.org/net/rss1.1#': 'core',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.w3.org/1999/xhtml': 'xhtml',
};
/** Prefixes feeds use without declaring them. */
const USUAL_PREFIXES = new Set(['dc', 'dcterms', 'content', 'feedburner', 'rdf', 'xhtml']);

const DOCTYPE = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i;
const ENTITY_DECLARATION = /<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

export function readTree(text: string): FeedTree {
  const entities = new Map<string, string>();
  const doctype = DOCTYPE.exec(text.slice(0, 65_536));
  let source = text;
  if (doctype) {
    for (const m of (doctype[1] ?? '').matchAll(ENTITY_DECLARATION)) {
      if (m[1]) entities.set(m[1], m[2] ?? m[3] ?? '');
    }
    // The internal subset holds ">" of its own, which the tree would show as text.
    source = text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length);
  }
  const doc: Document = parseDocument(source, { xmlMode: true, decodeEntities: false });
  const root = doc.children.find((n): n is Element => n.type === 'tag');
  return { root, entities };
}

const elementChildren = (el: Element): Element[] => el.children.filter((n): n is Element => n.type === 'tag');

const localNames = new WeakMap<Element, string>();

/** The element's name without its prefix, lower-cased: "rdf:RDF" -> "rdf". */
export function localName(el: Element): string {
  let name = localNames.get(el);
  if (name === undefined) {
    name = el.name.slice(el.name.lastIndexOf(':') + 1).toLowerCase();
    localNames.set(el, name);
  }
  return name;
}

const scopes = new WeakMap<Element, Map<string, string | undefined>>();

/** The namespace a prefix ('' for the default) names at el, from the nearest xmlns declaration up. */
function namespaceAt(el: Element, prefix: string): string | undefined {
  let scope = scopes.get(el);
  if (!scope) {
    scope = new Map();
    scopes.set(el, scope);
  }
  if (scope.has(prefix)) return scope.get(prefix);
  const declared = el.attribs[prefix ? `xmlns:${prefix}` : 'xmlns'];
  const parent = el.parent?.type === 'tag' ? (el.parent as Element) : undefined;
  const uri = declared !== undefined ? declared.trim() : parent ? namespaceAt(parent, prefix) : undefined;
  scope.set(prefix, uri);
  return uri;
}

const namespaceCache = new WeakMap<Element, string>();

/** What vocabulary an element belongs to: "core" (RSS or Atom), "dc", "content"... or "other". */
export function vocabulary(el: Element): string {
  const cached = namespaceCache.get(el);
  if (cached) return cached;
  const colon = el.name.indexOf(':');
  const prefix = colon > 0 ? el.name.slice(0, colon) : '';
  const uri = namespaceAt(el, prefix);
  let result: string;
  // An element without a prefix in a namespace nobody knows is read as the feed's own (old Atom drafts).
  if (uri) result = NAMESPACES[uri] ?? NAMESPACES[uri.replace(/\/?$/, '/')] ?? (prefix ? 'other' : 'core');
  else if (!prefix) result = 'core';
  else result = USUAL_PREFIXES.has(prefix.toLowerCase()) ? prefix.toLowerCase() : 'other';
  namespaceCache.set(el, result);
  return result;
}

const childIndexes = new WeakMap<Element, Map<string, Element[]>>();

/** The element's children of this vocabulary and local name, in document order. */
export function childrenNamed(el: Element, name: string, ns = 'core'): readonly Element[] {
  // An entry is asked for some twenty names: its children are sorted by name once.
  let index = childIndexes.get(el);
  if (!index) {
    index = new Map();
    for (const c of elementChildren(el)) {
      const key = `${vocabulary(c)} ${localName(c)}`;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
    childIndexes.set(el, index);
  }
  return index.get(`${ns} ${name}`) ?? [];
}

export const firstChild = (el: Element, name: string, ns = 'core'): Element | undefined =>
  childrenNamed(el, name, ns)[0];

/** Every element of this local name and vocabulary below el, not looking inside the ones found. */
export function findAll(el: Element, name: string, ns = 'core'): Element[] {
  const found: Element[] = [];
  const walk = (node: Element): void => {
    for (const c of elementChildren(node)) {
      if (localName(c) === name && vocabulary(c) === ns) found.push(c);
      else walk(c);
    }
  };
  walk(el);
  return found;
}

/** Raw XML text with its entities decoded: the DOCTYPE's first, then HTML's (attributes by HTML's attribute rule). */
export function decodeText(raw: string, tree: FeedTree, inAttribute = false): string {
  if (!raw.includes('&')) return raw;
  const declared = tree.entities.size
    ? raw.replace(/&([\w.-]+);/g, (whole, name: string) => tree.entities.get(name) ?? whole)
    : raw;
  return inAttribute ? decodeHTMLAttribute(declared) : decodeHTML(declared);
}

/** An attribute's value, entities decoded. */
export function attribute(el: Element, name: string, tree: FeedTree): string | undefined {
  const raw = el.attribs[name];
  return raw === undefined ? undefined : decodeText(raw, tree, true);
}

/** The element's text: every text below it, entities decoded, CDATA as it stands. */
export function textOf(el: Element, tree: FeedTree): string {
  let out = '';
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') out += decodeText(node.data, tree);
    else if (node.type === 'cdata') out += node.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
    else if (node.type === 'tag') for (const c of node.children) walk(c);
  };
  for (const c of el.children) walk(c);
  return out;
}

/**
 * The element's content read as HTML: escaped markup decoded, CDATA as it
 * stands, and markup written inline (an ill-formed but common RSS
 * description) kept as markup, its prefix dropped.
 */
export function htmlOf(el: Element, tree: FeedTree): string {
  let out = '';
  for (const node of el.children) {
    if (node.type === 'text') out += decodeText(node.data, tree);
    else if (node.type === 'cdata') out += node.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
    else if (node.type === 'tag') out += markupOf(node);
  }
  return out;
}

/** Inline markup as HTML: the element's own source, with "xhtml:" style prefixes dropped. */
export function markupOf(el: Element): string {
  const strip = (node: Element): void => {
    node.name = node.name.includes(':') ? (node.name.split(':').pop() ?? node.name) : node.name;
    for (const c of elementChildren(node)) strip(c);
  };
  strip(el);
  return DomUtils.getOuterHTML(el, { xmlMode: false, decodeEntities: false });
}

/**
 * The address relative links in el resolve against: its own and its
 * ancestors' xml:base, each against the one above, from the document's address.
 */
export function baseOf(el: Element, documentUrl: string, tree: FeedTree): string {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parent?.type === 'tag' ? (node.parent as Element) : null) {
    const b = attribute(node, 'xml:base', tree);
    if (b !== undefined) bases.unshift(b.trim());
  }
  let base = documentUrl;
  for (const b of bases) {
    try {
      base = new URL(b, base).href;
    } catch {
      // An unreadable xml:base is ignored: the one above it stands.
    }
  }
  return base;
}

export { elementChildren };
