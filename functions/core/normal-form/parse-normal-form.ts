import type { Article, ArticleOrigin } from '../article.js';
import { articleId } from '../article-id.js';
import { detectLanguage } from './detect-language.js';
import { stripMarkup } from './inline-markup.js';
import { isChrome, isStrayBoilerplate, opensTrailer, readHeaderLine, type HeaderLine } from './page-chrome.js';
import { repairBody } from './repair-body.js';
import { joinLines, splitBlocks } from './split-blocks.js';

/** `*whole paragraph in italics*`, the marked shape's lede (not `**bold**`). */
const ITALIC_BLOCK = /^\*(?!\*)([\s\S]*\S)\*$/;

interface Header {
  authors: string[];
  outlet: string;
  published: string;
  source: string;
  sourcePublished: string;
  region: string[];
  themes: string[];
  dossiers: string[];
  language?: 'en' | 'fr';
  dateLanguage?: 'en' | 'fr';
}

function emptyHeader(): Header {
  return {
    authors: [],
    outlet: '',
    published: '',
    source: '',
    sourcePublished: '',
    region: [],
    themes: [],
    dossiers: [],
  };
}

function addHeaderLine(h: Header, line: HeaderLine): void {
  switch (line.kind) {
    case 'byline':
      h.authors.push(...line.authors);
      h.language ??= line.language;
      return;
    case 'outlet':
      h.outlet = line.outlet;
      h.published = line.published;
      h.dateLanguage = line.language;
      return;
    case 'source':
      h.source = line.source;
      h.sourcePublished = line.sourcePublished;
      return;
    case 'region':
      h.region.push(...line.names);
      h.language ??= line.language;
      return;
    case 'themes':
      h.themes.push(...line.names);
      h.language ??= line.language;
      return;
    case 'dossiers':
      h.dossiers.push(...line.names);
      h.language ??= line.language;
      return;
  }
}

function readTitle(block: string): { title: string; rest: string } {
  const [first = '', ...rest] = block.split('\n');
  return { title: stripMarkup(first.replace(/^\s*#+\s*/, '')).trim(), rest: rest.join('\n') };
}

/** Splits the blocks after the header into the article's own text and its boilerplate. */
function separateBoilerplate(blocks: readonly string[]): { body: string[]; boilerplate: string[] } {
  let end = blocks.findIndex(opensTrailer);
  if (end === -1) end = blocks.length;
  // The page chrome that trails the article, stray captions among it included.
  let chromeFrom = end;
  while (chromeFrom > 0) {
    const block = blocks[chromeFrom - 1] ?? '';
    if (!isChrome(block) && !isStrayBoilerplate(block)) break;
    chromeFrom -= 1;
  }
  const body: string[] = [];
  const boilerplate: string[] = [];
  blocks.forEach((block, i) => {
    if (i >= chromeFrom || isStrayBoilerplate(block)) boilerplate.push(block);
    else body.push(block);
  });
  return { body, boilerplate };
}

/** A block that repeats the title on a line of its own (a page printing its headline twice). */
function repeatsTitle(block: string, title: string): boolean {
  return title !== '' && !block.includes('\n') && readTitle(block).title === title;
}

/** The header zone: the lines right after the title that read as page chrome, and where the text after them starts. */
function readZone(blocks: readonly string[], title: string): { lines: HeaderLine[]; end: number } {
  const lines: HeaderLine[] = [];
  let end = 0;
  for (; end < blocks.length; end += 1) {
    const block = blocks[end] ?? '';
    if (repeatsTitle(block, title)) continue;
    const line = readHeaderLine(block);
    if (!line) break;
    lines.push(line);
  }
  return { lines, end };
}

/**
 * The Article of a title and the blocks after it (normal-form inline markup),
 * in the shape given: the marked shape reads the header zone (byline, outlet
 * and date, source, region, themes, dossiers) and the italic lede; both
 * shapes set the trailer and page chrome apart from the body.
 */
function buildArticle(
  title: string,
  blocks: readonly string[],
  origin: ArticleOrigin,
  zone: HeaderLine[] | undefined,
  bodyFrom: number,
): Article {
  const marked = zone !== undefined;
  const header = emptyHeader();
  for (const line of zone ?? []) addHeaderLine(header, line);
  let i = bodyFrom;

  let lede = '';
  const ledeMatch = marked ? ITALIC_BLOCK.exec((blocks[i] ?? '').trim()) : null;
  if (ledeMatch && !opensTrailer(blocks[i] ?? '')) {
    lede = stripMarkup(joinLines(ledeMatch[1] ?? '')).trim();
    i += 1;
  }

  const { body: bodyBlocks, boilerplate } = separateBoilerplate(blocks.slice(i));
  const paragraphs = bodyBlocks.map((b) => stripMarkup(joinLines(b)).trim()).filter((p) => p.length > 0);
  const body = repairBody(paragraphs, lede);
  const language =
    (marked && (header.language ?? header.dateLanguage)) || detectLanguage([title, lede, ...body].join('\n'));

  const { language: _label, dateLanguage: _date, ...fields } = header;
  return {
    id: articleId({
      url: origin.url,
      outlet: header.outlet,
      title,
      published: header.published,
      text: [lede, ...body],
    }),
    url: origin.url ?? '',
    title,
    ...fields,
    language,
    lede,
    body,
    boilerplate,
    shape: marked ? 'marked' : 'plain',
  };
}

/** Where the plain shape's text starts: after any lines that only repeat the title. */
function plainStart(blocks: readonly string[], title: string): number {
  const i = blocks.findIndex((b) => !repeatsTitle(b, title));
  return i < 0 ? blocks.length : i;
}

/**
 * The marked shape (an outlet's profile chose it): `blocks` are the blocks
 * after the title, in the normal form's inline markup, starting with the
 * header lines.
 */
export function markedArticle(title: string, blocks: readonly string[], origin: ArticleOrigin = {}): Article {
  const zone = readZone(blocks, title);
  return buildArticle(title, blocks, origin, zone.lines, zone.end);
}

/**
 * The plain shape: a title and paragraphs, no header read (outlet and date
 * are unknown: a line such as "Damascus, June 3, 2017" is the story's own).
 */
export function plainArticle(title: string, blocks: readonly string[], origin: ArticleOrigin = {}): Article {
  return buildArticle(title, blocks, origin, undefined, plainStart(blocks, title));
}

/**
 * Parses normal-form text into an Article. Total: any text, however broken,
 * gives an Article (at worst a title and paragraphs), never an exception.
 */
export function parseNormalForm(text: string, origin: ArticleOrigin = {}): Article {
  const blocks = splitBlocks(text);
  const { title, rest } = readTitle(blocks[0] ?? '');
  const remaining = rest.trim() ? [rest, ...blocks.slice(1)] : blocks.slice(1);
  const zone = readZone(remaining, title);
  // Only a byline or a labelled line (Region, Theme, ...) makes a text marked: a plain
  // page's "Damascus, June 3, 2017" is a dateline of the story, not the outlet's.
  const marked = zone.lines.some((l) => l.kind !== 'outlet' && l.kind !== 'source');
  return marked ? buildArticle(title, remaining, origin, zone.lines, zone.end) : plainArticle(title, remaining, origin);
}
