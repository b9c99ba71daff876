import type { Article } from '../article.js';
import { renderLinks } from './inline-markup.js';
import { formatOutletDate, formatSourceDate } from './parse-date.js';

const LABELS = {
  en: { by: 'By', region: 'Region:', themes: 'Theme:', dossiers: 'In-depth Report:' },
  fr: { by: 'Par', region: 'Région :', themes: 'Thème:', dossiers: 'Analyses:' },
} as const;

/** Bare URLs are written `<http://...>` in the normal form. */
function markUrls(paragraph: string): string {
  return paragraph.replace(/(^|\s)((?:https?|ftp):\/\/[^\s<>]+)/g, '$1<$2>');
}

function renderHeader(a: Article): string[] {
  const l = LABELS[a.language];
  const lines: string[] = [];
  if (a.authors.length > 0) lines.push(`${l.by} ${renderLinks(a.authors)}`);
  if (a.outlet && a.published) lines.push(`${a.outlet}, ${formatOutletDate(a.published, a.language)}`);
  if (a.source)
    lines.push(`[${a.source}](#)${a.sourcePublished ? ` ${formatSourceDate(a.sourcePublished, a.language)}` : ''}`);
  if (a.region.length > 0) lines.push(`${l.region} ${renderLinks(a.region)}`);
  if (a.themes.length > 0) lines.push(`${l.themes} ${renderLinks(a.themes)}`);
  if (a.dossiers.length > 0) lines.push(`${l.dossiers} ${renderLinks(a.dossiers)}`);
  return lines;
}

/**
 * Writes an Article back in the normal form, marked or plain as it was read.
 * parseNormalForm(renderNormalForm(a)) gives back a.
 */
export function renderNormalForm(article: Article): string {
  const blocks: string[] = [];
  if (article.shape === 'marked') {
    blocks.push(`# ${article.title}`, ...renderHeader(article));
    if (article.lede) blocks.push(`*${article.lede}*`);
  } else {
    blocks.push(article.title);
  }
  blocks.push(...article.body.map(markUrls), ...article.boilerplate);
  return `${blocks.join('\n\n')}\n`;
}
