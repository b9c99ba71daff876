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

/**
 * Parses normal-form text into an Article. Total: any text, however broken,
 * gives an Article (at worst a title and paragraphs), never an exception.
 */
export function parseNormalForm(text: string, origin: ArticleOrigin = {}): Article {
  const blocks = splitBlocks(text);
  const { title, rest } = readTitle(blocks[0] ?? '');
  const remaining = rest.trim() ? [rest, ...blocks.slice(1)] : blocks.slice(1);

  // The header zone: the lines right after the title that read as page chrome.
  const zone: HeaderLine[] = [];
  let i = 0;
  for (; i < remaining.length; i += 1) {
    const block = remaining[i] ?? '';
    if (readTitle(block).title === title && title && !block.includes('\n')) continue;
    const line = readHeaderLine(block);
    if (!line) break;
    zone.push(line);
  }
  // Only a byline or a labelled line (Region, Theme, ...) makes a page marked: a plain
  // page's "Damascus, June 3, 2017" is a dateline of the story, not the outlet's.
  const marked = zone.some((l) => l.kind !== 'outlet' && l.kind !== 'source');
  if (!marked) i = remaining.findIndex((b) => !(readTitle(b).title === title && title && !b.includes('\n')));
  if (i < 0) i = remaining.length;
  const header = emptyHeader();
  if (marked) for (const line of zone) addHeaderLine(header, line);

  let lede = '';
  const ledeMatch = marked ? ITALIC_BLOCK.exec((remaining[i] ?? '').trim()) : null;
  if (ledeMatch && !opensTrailer(remaining[i] ?? '')) {
    lede = stripMarkup(joinLines(ledeMatch[1] ?? '')).trim();
    i += 1;
  }

  const { body: bodyBlocks, boilerplate } = separateBoilerplate(remaining.slice(i));
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
