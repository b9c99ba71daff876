import { listedNames, stripMarkup } from './inline-markup.js';
import { dateLanguage, parseDate } from './parse-date.js';

/** One header line of the marked shape, as read. */
export type HeaderLine =
  | { kind: 'byline'; authors: string[]; language: 'en' | 'fr' }
  | { kind: 'outlet'; outlet: string; published: string; language: 'en' | 'fr' | undefined }
  | { kind: 'source'; source: string; sourcePublished: string }
  | { kind: 'region'; names: string[]; language: 'en' | 'fr' }
  | { kind: 'themes'; names: string[]; language: 'en' | 'fr' }
  | { kind: 'dossiers'; names: string[]; language: 'en' | 'fr' };

const BYLINE = /^(By|Par)\s+(.{1,300})$/;
const REGION = /^(R[ée]gion)\s*:\s*(.+)$/i;
const THEMES = /^(Th[eè]mes?)\s*:\s*(.+)$/i;
const DOSSIERS = /^(In-depth Reports?|Analyses?)\s*:\s*(.+)$/i;
const SOURCE = /^\[([^\]\n]+)\]\([^)\s]*\)(?:\s+(.+))?$/;
const AUTHOR_SEPARATORS = /\s*(?:,|&|\band\b|\bet\b)\s*/;

function frenchLabel(label: string): 'en' | 'fr' {
  return /^(Par|R[ée]gion|Th[eè]me|Analyse)/i.test(label) && !/^(Region|Theme)/.test(label) ? 'fr' : 'en';
}

/** An author list reads as names: a few capitalised words each, no sentence punctuation. */
function readAuthors(rest: string): string[] | undefined {
  // Linked names are one author each, commas and all ("[Smith, John](#)").
  const linked = [...rest.matchAll(/\[([^\]\n]+)\]\([^)\s]*\)/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
  if (linked.length > 0) return [...new Set(linked)];
  const names = stripMarkup(rest)
    .split(AUTHOR_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (names.length === 0) return undefined;
  const looksLikeNames = names.every((n) => n.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(n) && !/[.!?:;]$/.test(n));
  return looksLikeNames ? [...new Set(names)] : undefined;
}

/** Reads one block of the marked shape's header, or undefined when it is not a header line. */
export function readHeaderLine(block: string): HeaderLine | undefined {
  const line = block.trim();
  if (line.includes('\n')) return undefined;
  let m = BYLINE.exec(line);
  if (m) {
    const authors = readAuthors(m[2] ?? '');
    if (authors) return { kind: 'byline', authors, language: m[1] === 'Par' ? 'fr' : 'en' };
  }
  m = REGION.exec(line);
  if (m) return { kind: 'region', names: listedNames(m[2] ?? ''), language: frenchLabel(m[1] ?? '') };
  m = THEMES.exec(line);
  if (m) return { kind: 'themes', names: listedNames(m[2] ?? ''), language: frenchLabel(m[1] ?? '') };
  m = DOSSIERS.exec(line);
  if (m)
    return { kind: 'dossiers', names: listedNames(m[2] ?? ''), language: /^Analyse/i.test(m[1] ?? '') ? 'fr' : 'en' };
  m = SOURCE.exec(line);
  if (m) {
    const date = m[2] === undefined ? '' : parseDate(m[2]);
    if (date !== undefined) return { kind: 'source', source: (m[1] ?? '').trim(), sourcePublished: date };
  }
  return readOutletLine(stripMarkup(line));
}

/** "Global Research, June 03, 2017": the outlet is what stands before the comma that starts a date. */
function readOutletLine(line: string): HeaderLine | undefined {
  if (line.length > 120) return undefined;
  for (let comma = line.indexOf(','); comma > 0; comma = line.indexOf(',', comma + 1)) {
    const date = line.slice(comma + 1);
    const published = parseDate(date);
    const outlet = line.slice(0, comma).trim();
    if (published && outlet.length > 0) return { kind: 'outlet', outlet, published, language: dateLanguage(date) };
  }
  return undefined;
}

/**
 * Blocks that open the trailer: from the first of these on, everything is
 * boilerplate (donation appeals, source notes, copyright, disclaimers, fair use).
 */
const TRAILER_START: readonly RegExp[] = [
  /^If you(?:'|’)re able,? and if you like our content/i,
  /^If you can,? please help/i,
  /^Subscribe (?:to )?our channel/i,
  /^Visit us\s*:/i,
  /^Voiceover by\b/i,
  /^The original source of this article is\b/i,
  /^La source originale de cet article est\b/i,
  /^Copyright\s*(?:©|\(c\))/i,
  /^Comment on Global Research Articles/i,
  /^Become a Member of Global Research/i,
  /^Articles (?:by|Par)\s*:/i,
  /^Disclaimer\s*:/i,
  /^Avis de non-responsabilit[ée]/i,
  /^Le Centre de recherche sur la mondialisation \(CRM\) accorde/i,
  /^Pour publier des articles de/i,
  /^For media inquiries\s*:/i,
  /^Contact m[ée]dia\s*:/i,
];

/** Blocks that are boilerplate wherever they stand, without ending the article. */
const STRAY_BOILERPLATE: readonly RegExp[] = [
  /^Featured image\b/i,
  /^Image en vedette\b/i,
  /^Click the share button above to email\/forward this article/i,
  /^Visit and follow us on Instagram/i,
  /\bcontains copyrighted material the use of which\b/i,
  /\bcontient du mat[ée]riel prot[ée]g[ée] par le droit d'auteur\b/i,
];

/** The page chrome that trails a plain page: related headlines, widgets, footer menus. */
const CHROME_LINE: readonly RegExp[] = [
  /^%d bloggers like this/i,
  /^Powered by\b/i,
  /^\|.*\|$/,
  /\bPrivacy Policy\b.*\|/i,
  /^(?:Share|Like) this:?$/i,
  /^Related(?: posts| articles)?:?$/i,
];

function firstLine(block: string): string {
  return stripMarkup(block.trim().split('\n')[0] ?? '')
    .replace(/^[*_\s]+/, '')
    .trim();
}

export function opensTrailer(block: string): boolean {
  const line = firstLine(block);
  return TRAILER_START.some((re) => re.test(line));
}

export function isStrayBoilerplate(block: string): boolean {
  const text = stripMarkup(block.trim()).replace(/^[*_\s]+/, '');
  return STRAY_BOILERPLATE.some((re) => re.test(text));
}

/** Indented blocks and widget lines: how the plain shape's page chrome looks. */
export function isChrome(block: string): boolean {
  const lines = block.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length === 0) return false;
  if (lines.every((l) => /^(?: {2,}|\t)/.test(l))) return true;
  return lines.every((l) => CHROME_LINE.some((re) => re.test(l.trim())));
}
