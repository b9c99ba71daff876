import type { Element } from 'domhandler';
import { parseTimestamp } from '../normal-form/parse-date.js';
import { canonicalUrl } from './canonical-url.js';
import { absoluteLinks } from './absolute-links.js';
import {
  attribute,
  baseOf,
  childrenNamed,
  type FeedTree,
  firstChild,
  localName,
  markupOf,
  textOf,
} from './feed-tree.js';
import { constructText, readConstruct } from './text-construct.js';

/** An entry of a feed as a reader shows it; url is undefined when it names no web address. */
export interface FeedEntry {
  url?: string;
  /** The entry's own id (Atom id, RSS guid), as written. */
  id?: string;
  title: string;
  /** ISO timestamps in UTC, when the feed gives a readable date. */
  published?: string;
  updated?: string;
  /** HTML (or plain text, where the feed typed it so). */
  summary?: string;
  content?: string;
}

type Name = readonly [name: string, vocabulary?: string];

/** The first of these elements that gives a readable date: an unreadable one costs only itself. */
function firstDate(el: Element, names: readonly Name[], tree: FeedTree): string | undefined {
  for (const [name, ns] of names) {
    // Of two of the same element the last is read, as feedparser does.
    for (const d of [...childrenNamed(el, name, ns)].reverse()) {
      const iso = parseTimestamp(textOf(d, tree));
      if (iso) return iso;
    }
  }
  return undefined;
}

/** feedparser's reading of the date elements: published and issued first, updated and modified apart. */
export const PUBLISHED: readonly Name[] = [
  ['pubdate'],
  ['published'],
  ['issued'],
  ['issued', 'dcterms'],
  ['created'],
  ['created', 'dcterms'],
];
export const UPDATED: readonly Name[] = [
  ['updated'],
  ['modified'],
  ['date', 'dc'],
  ['modified', 'dcterms'],
  ['lastbuilddate'],
];

export function readDate(el: Element, names: readonly Name[], tree: FeedTree): string | undefined {
  return firstDate(el, names, tree);
}

/** The entry's web address: FeedBurner's original link, the alternate link, else a permalink guid or id. */
function entryLink(el: Element, feedUrl: string, tree: FeedTree, id: Element | undefined): string | undefined {
  const resolve = (raw: string | undefined, at: Element): string | undefined =>
    raw?.trim() ? canonicalUrl(raw, baseOf(at, feedUrl, tree)) : undefined;
  const orig = firstChild(el, 'origlink', 'feedburner');
  const fromOrig = orig ? resolve(textOf(orig, tree), orig) : undefined;
  if (fromOrig) return fromOrig;
  const links = childrenNamed(el, 'link');
  const atomLinks = links.filter((l) => attribute(l, 'href', tree) !== undefined);
  const alternates = atomLinks.filter((l) => ['', 'alternate'].includes((attribute(l, 'rel', tree) ?? '').trim()));
  const preferred = alternates.find((l) => /html/i.test(attribute(l, 'type', tree) ?? 'text/html')) ?? alternates[0];
  const fromAtom = preferred ? resolve(attribute(preferred, 'href', tree), preferred) : undefined;
  if (fromAtom) return fromAtom;
  for (const l of links) {
    // Atom 0.3 drafts wrote the address as text: only an alternate one is the entry's.
    const rel = (attribute(l, 'rel', tree) ?? 'alternate').trim();
    if (atomLinks.includes(l) || rel !== 'alternate') continue;
    const url = resolve(textOf(l, tree), l);
    if (url) return url;
  }
  if (id) {
    const isGuid = id.name.toLowerCase().endsWith('guid');
    const permalink = !isGuid || (attribute(id, 'ispermalink', tree) ?? attribute(id, 'isPermaLink', tree)) !== 'false';
    const raw = textOf(id, tree).trim();
    // Only an absolute address: a relative guid is a name, not a link.
    if (permalink && /^https?:\/\//i.test(raw)) return resolve(raw, id);
  }
  return resolve(attribute(el, 'rdf:about', tree), el);
}

/** A summary or content, its relative links resolved against the element's base (the poller keeps it apart from the feed). */
function readHtml(el: Element, feedUrl: string, tree: FeedTree, rss: boolean): string | undefined {
  const c =
    localName(el) === 'body'
      ? { kind: 'html' as const, value: markupOf(el).replace(/^<body[^>]*>|<\/body>$/g, '') }
      : readConstruct(el, tree, rss);
  if (!c?.value) return undefined;
  return c.kind === 'html' ? absoluteLinks(c.value, baseOf(el, feedUrl, tree)) : c.value;
}

/** Reads one RSS item or Atom entry. */
export function readEntry(el: Element, feedUrl: string, tree: FeedTree): FeedEntry {
  const rss = !['entry'].includes(el.name.split(':').pop()?.toLowerCase() ?? '');
  const idEl = firstChild(el, 'guid') ?? firstChild(el, 'id');
  // RSS 1.0 names its item by rdf:about.
  const id = (idEl ? textOf(idEl, tree).trim() : undefined) || attribute(el, 'rdf:about', tree)?.trim();
  const titleEl = firstChild(el, 'title') ?? firstChild(el, 'title', 'dc');
  const title = titleEl ? constructText(readConstruct(titleEl, tree, rss)) : undefined;
  const summaryEl = firstChild(el, 'description') ?? firstChild(el, 'summary') ?? firstChild(el, 'description', 'dc');
  const summary = summaryEl ? readHtml(summaryEl, feedUrl, tree, rss) : undefined;
  const contentEl =
    firstChild(el, 'encoded', 'content') ??
    firstChild(el, 'content') ??
    firstChild(el, 'body', 'xhtml') ??
    firstChild(el, 'body') ??
    firstChild(el, 'fullitem');
  const content = contentEl ? readHtml(contentEl, feedUrl, tree, rss || localName(contentEl) !== 'content') : undefined;
  const url = entryLink(el, feedUrl, tree, idEl);
  const published = readDate(el, PUBLISHED, tree);
  const updated = readDate(el, UPDATED, tree);
  return {
    ...(url ? { url } : {}),
    ...(id ? { id } : {}),
    title: title ?? '',
    ...(published ? { published } : {}),
    ...(updated ? { updated } : {}),
    ...(summary ? { summary } : {}),
    ...(content ? { content } : {}),
  };
}
