import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Parser from 'rss-parser';
import { decodeFeedBody } from '../functions/adapters/http/decode-body.js';
import { canonicalUrl } from '../functions/core/feeds/canonical-url.js';
import { FeedError, parseFeed } from '../functions/core/feeds/parse-feed.js';
import { plainText } from '../functions/core/feeds/plain-text.js';
import { parseTimestamp } from '../functions/core/normal-form/parse-date.js';

/**
 * `npx tsx bench/feedparser-bench.ts`: the feed test corpus of the Universal
 * Feed Parser (Python feedparser, BSD; ../shared/bench/feedparser, with its
 * README and LICENSE) through the feed path (decodeFeedBody, then parseFeed),
 * side by side with rss-parser alone (`new Parser().parseString`).
 *
 * Each test file's `Expect:` line is a Python expression over feedparser's
 * result. It is split at its top-level `and`s into clauses; a clause
 * `KEY == LITERAL` (or `KEY == KEY == LITERAL`) is an applicable expectation
 * when KEY maps to one of our fields:
 *
 *   feed['title'], feed['title_detail']['value']        -> feed.title (plain text)
 *   feed['updated_parsed']                              -> feed.updated
 *   entries[N]['title'], ['title_detail']['value']      -> entry title (plain text)
 *   entries[N]['link'], entries[N].link                 -> entry url (both sides canonicalUrl'd)
 *   entries[N]['id'], ['guid']                          -> entry id
 *   entries[N]['summary'], ['description'],
 *     ['summary_detail']['value']                       -> entry summary (HTML), else its content
 *                                                          (feedparser fills the summary from the content)
 *   entries[N]['content'][0]['value']                   -> entry content (HTML)
 *   entries[N]['published_parsed']                      -> entry published
 *   entries[N]['updated_parsed']                        -> entry updated
 *
 * Entry N is the Nth entry of the document, whether the poller takes it
 * (items) or not (skipped, which keep their position). Titles are plain text
 * by design, so feedparser's value is compared as the plain text a reader
 * shows of it. Summaries and contents are HTML; feedparser re-serialises
 * and sanitises markup, so they match when their plain text and the
 * addresses their href/src attributes point to are the same. Dates compare
 * as UTC year, month, day, hour, minute, second. `None` means the field is
 * absent.
 *
 * Not applicable, counted apart: `bozo` and `bozo_exception` (we read
 * ill-formed feeds and do not flag them), `encoding`, `version`, `headers`,
 * `etag`, `modified`, `status`, `href` (transport and format facts the feed
 * path does not expose; charset decoding itself is decodeFeedBody's, and
 * its outcome is checked through the titles), and every other key: authors,
 * contributors, tags, enclosures, rights, subtitle/tagline, generator,
 * language, the *_detail base/type/language, links[] beyond the entry link,
 * source, feed-level link and id, created_parsed, geo, comments (fields the
 * poller has no use for). Clauses other than `==` over a key (len(), not,
 * `in locals()`, dict literals) are not applicable either.
 *
 * The date table of tests/test_date_parsers.py (string, UTC time tuple or
 * None) is read the same way: parseTimestamp beside JavaScript's Date.parse
 * (what rss-parser uses), each answer right, wrong (another date, or a date
 * where feedparser has none) or missing.
 *
 * A file's `Header: Content-type` goes to decodeFeedBody, its
 * `Header: Content-Location` is the address the feed was fetched from
 * (feedparser's test server, http://127.0.0.1:8097/, otherwise).
 */

const CORPUS = path.resolve('..', 'shared', 'bench', 'feedparser', 'tests');
/** Real feeds of other readers' test suites, for the speed line. */
const REAL_FEEDS = path.resolve('..', 'shared', 'bench', 'feeds');
const SERVER = 'http://127.0.0.1:8097/';

interface Entry {
  title?: string;
  url?: string;
  id?: string;
  summary?: string;
  content?: string;
  published?: string;
  updated?: string;
}
interface Result {
  title?: string;
  updated?: string;
  entries: Entry[];
}

type Literal = { kind: 'string'; value: string } | { kind: 'time'; value: number[] } | { kind: 'none' };
type Field = 'title' | 'url' | 'id' | 'summary' | 'content' | 'published' | 'updated';
interface Clause {
  scope: 'feed' | number;
  field: Field;
}

/** A Python string, tuple of numbers or None literal. */
function readLiteral(src: string): Literal | undefined {
  const s = src.trim();
  if (s === 'None') return { kind: 'none' };
  const tuple = /^\(([\d\s,]+)\)$/.exec(s);
  if (tuple) return { kind: 'time', value: (tuple[1] ?? '').split(',').map((n) => Number(n.trim())) };
  const m = /^[uUbB]?(['"])([\s\S]*)\1$/.exec(s);
  if (!m) return undefined;
  const body = m[2] ?? '';
  const value = body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_w, e: string) => {
    if (/^[xuU]/.test(e) && e.length > 1) return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
  return { kind: 'string', value };
}

/** Splits at a separator outside quotes and brackets. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim());
}

const FIELD_KEYS: Record<string, Field> = {
  "['title']": 'title',
  "['title_detail']['value']": 'title',
  "['link']": 'url',
  '.link': 'url',
  "['id']": 'id',
  "['guid']": 'id',
  "['summary']": 'summary',
  '.summary': 'summary',
  "['description']": 'summary',
  "['summary_detail']['value']": 'summary',
  "['content'][0]['value']": 'content',
  "['published_parsed']": 'published',
  "['updated_parsed']": 'updated',
};

function readKey(src: string): Clause | undefined {
  const m = /^(feed|entries\[(\d+)\])(.*)$/.exec(src.trim().replace(/"/g, "'"));
  if (!m) return undefined;
  const field = FIELD_KEYS[m[3] ?? ''];
  if (!field) return undefined;
  const scope = m[1] === 'feed' ? 'feed' : Number(m[2]);
  if (scope === 'feed' && field !== 'title' && field !== 'updated') return undefined;
  return { scope, field };
}

/** The applicable (key, literal) pairs of an Expect line. */
export function expectations(expect: string): { clause: Clause; literal: Literal }[] {
  const found: { clause: Clause; literal: Literal }[] = [];
  for (let part of splitTop(expect, ' and ')) {
    while (part.startsWith('(') && part.endsWith(')')) part = part.slice(1, -1).trim();
    const sides = splitTop(part, ' == ');
    if (sides.length < 2) continue;
    const literal = readLiteral(sides.at(-1) ?? '');
    if (!literal) continue;
    for (const key of sides.slice(0, -1)) {
      const clause = readKey(key);
      if (clause) found.push({ clause, literal });
    }
  }
  return found;
}

const hrefs = (html: string, base: string): string[] =>
  [...html.matchAll(/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)]
    .map((m) => {
      try {
        return new URL((m[1] ?? m[2] ?? '').replace(/&amp;/g, '&'), base).href;
      } catch {
        return m[1] ?? m[2] ?? '';
      }
    })
    .sort();

function timeParts(iso: string | undefined): number[] | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
}

function passes(result: Result, clause: Clause, literal: Literal, base: string): boolean {
  const holder = clause.scope === 'feed' ? result : result.entries[clause.scope];
  const entry = holder as Entry | undefined;
  // feedparser fills an entry's summary from its content when it has none.
  const raw = (
    clause.field === 'summary' && clause.scope !== 'feed' ? (entry?.summary ?? entry?.content) : entry?.[clause.field]
  ) as unknown;
  const value = raw === undefined ? undefined : String(raw);
  if (literal.kind === 'none') return value === undefined || value === '';
  if (literal.kind === 'time') {
    const got = timeParts(value);
    return got?.every((n, i) => n === literal.value[i]) ?? false;
  }
  if (value === undefined) return literal.value === '';
  const want = literal.value;
  switch (clause.field) {
    case 'title':
      // Ours is plain text already (and may show "<blink>" as text); rss-parser's may hold markup.
      return value.replace(/\s+/g, ' ').trim() === plainText(want) || plainText(value) === plainText(want);
    case 'url':
      return (canonicalUrl(value) ?? value) === (canonicalUrl(want, base) ?? want);
    case 'summary':
    case 'content':
      return plainText(value) === plainText(want) && hrefs(value, base).join(' ') === hrefs(want, base).join(' ');
    default:
      return value.trim() === want.trim();
  }
}

interface TestFile {
  file: string;
  category: string;
  bytes: Buffer;
  contentType?: string;
  url: string;
  expect: string;
}

function corpusFiles(): TestFile[] {
  const out: TestFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.xml')) {
        const bytes = readFileSync(file);
        const head = bytes.subarray(0, 4096).toString('latin1');
        const expect = /Expect:\s*(.*)/.exec(head)?.[1]?.trim();
        if (!expect) continue;
        const contentType = /^\s*Header:\s*Content-type:\s*(.*)$/im.exec(head)?.[1]?.trim();
        const location = /^\s*Header:\s*Content-Location:\s*(.*)$/im.exec(head)?.[1]?.trim();
        const self = new URL(path.relative(path.dirname(CORPUS), file).split(path.sep).join('/'), SERVER).href;
        let url = self;
        try {
          if (location) url = new URL(location, self).href;
        } catch {
          url = self;
        }
        if (!/^https?:/.test(url)) url = self;
        const category = path.relative(CORPUS, dir).split(path.sep).slice(0, 2).join('/');
        out.push({ file, category, bytes, ...(contentType ? { contentType } : {}), url, expect });
      }
    }
  };
  walk(CORPUS);
  return out;
}

/** Our feed path's result, entries in document order (skipped ones in their place). */
async function ours(t: TestFile): Promise<Result> {
  const parsed = await parseFeed(decodeFeedBody(t.bytes, t.contentType), t.url);
  const skipped = (parsed as { skipped?: ({ position: number } & Entry)[] }).skipped ?? [];
  const entries: Entry[] = [];
  const items = [...parsed.items] as (Entry & { html?: string })[];
  const total = items.length + skipped.length;
  const byPosition = new Map(skipped.map((s) => [s.position, s]));
  for (let i = 0; i < total; i++) {
    const e = byPosition.get(i) ?? items.shift();
    if (!e) break;
    // Before the feed path said summary and content apart, it gave one html field.
    const html = (e as { html?: string }).html;
    entries.push({
      ...e,
      ...(e.summary === undefined && html !== undefined ? { summary: html } : {}),
      ...(e.content === undefined && html !== undefined ? { content: html } : {}),
    });
  }
  const updated = (parsed as { updated?: string }).updated;
  return { title: parsed.title, ...(updated ? { updated } : {}), entries };
}

/** rss-parser gives objects where an element has attributes: the string a caller would print. */
const str = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'string' ? v : JSON.stringify(v);

async function rssParserAlone(t: TestFile): Promise<Result> {
  const feed = await new Parser().parseString(decodeFeedBody(t.bytes, t.contentType));
  return {
    ...(feed.title === undefined ? {} : { title: str(feed.title) }),
    entries: (feed.items ?? []).map((i) => {
      const item = i as Parser.Item & { 'content:encoded'?: string; id?: string; summary?: string };
      const fields = {
        title: str(item.title),
        url: str(item.link),
        id: str(item.guid ?? item.id),
        summary: str(item.summary ?? item.content),
        content: str(item['content:encoded'] ?? item.content),
        published: str(item.isoDate),
        updated: str(item.isoDate),
      };
      return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Entry;
    }),
  };
}

interface Tally {
  applicable: number;
  passed: number;
  feedsLost: number;
  escaped: number;
}

async function score(
  files: TestFile[],
  read: (t: TestFile) => Promise<Result>,
  isFeedError: (e: unknown) => boolean,
  failures?: string[],
): Promise<Map<string, Tally>> {
  const tallies = new Map<string, Tally>();
  for (const t of files) {
    const tally = tallies.get(t.category) ?? { applicable: 0, passed: 0, feedsLost: 0, escaped: 0 };
    tallies.set(t.category, tally);
    const wanted = expectations(t.expect);
    let result: Result | undefined;
    try {
      result = await read(t);
    } catch (error) {
      if (isFeedError(error)) tally.feedsLost += 1;
      else tally.escaped += 1;
      failures?.push(`${path.relative(CORPUS, t.file)}: ${(error as Error).name}: ${(error as Error).message}`);
    }
    for (const { clause, literal } of wanted) {
      tally.applicable += 1;
      if (result && passes(result, clause, literal, t.url)) tally.passed += 1;
      else if (result) failures?.push(`${path.relative(CORPUS, t.file)}: ${t.expect}`);
    }
  }
  return tallies;
}

/** feedparser's date table: (parser, "text", (UTC tuple) | None). */
function dateTable(): { text: string; want: number[] | undefined }[] {
  const source = readFileSync(path.join(CORPUS, 'test_date_parsers.py'), 'utf8');
  const rows: { text: string; want: number[] | undefined }[] = [];
  for (const m of source.matchAll(/\(\s*_parse_date_\w+,\s*("(?:[^"\\]|\\.)*"),\s*(None|\(([\d,\s]+)\))\s*,?\s*\)/g)) {
    const text = readLiteral(m[1] ?? '');
    if (text?.kind !== 'string') continue;
    rows.push({
      text: text.value,
      want: m[3]
        ? m[3]
            .split(',')
            .map((n) => Number(n.trim()))
            .slice(0, 6)
        : undefined,
    });
  }
  return rows;
}

function scoreDates(read: (text: string) => string | undefined): { right: number; wrong: number; missing: number } {
  const tally = { right: 0, wrong: 0, missing: 0 };
  for (const { text, want } of dateTable()) {
    let got: number[] | undefined;
    try {
      got = timeParts(read(text));
    } catch {
      got = undefined;
    }
    if (want === undefined) tally[got === undefined ? 'right' : 'wrong'] += 1;
    else if (got === undefined) tally.missing += 1;
    else tally[got.every((n, i) => n === want[i]) ? 'right' : 'wrong'] += 1;
  }
  return tally;
}

/** Milliseconds to read every real feed once (best of three rounds), and how many were read as feeds. */
async function timeFeeds(
  texts: readonly string[],
  read: (text: string) => Promise<unknown>,
): Promise<{ ms: number; read: number }> {
  let best = Number.POSITIVE_INFINITY;
  let ok = 0;
  for (let round = 0; round < 3; round++) {
    ok = 0;
    const start = performance.now();
    for (const text of texts) {
      try {
        await read(text);
        ok += 1;
      } catch {
        // A document that is not a feed still took its time.
      }
    }
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, read: ok };
}

function realFeedTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(xml|rss|atom|rdf|feed)$/i.test(name)) texts.push(decodeFeedBody(readFileSync(file)));
    }
  };
  if (existsSync(REAL_FEEDS)) walk(REAL_FEEDS);
  return texts;
}

const pct = (t: Tally): string => (t.applicable ? `${((100 * t.passed) / t.applicable).toFixed(1)}%` : '-');

async function main(): Promise<void> {
  console.log("Feeds: feedparser's test corpus, decodeFeedBody + parseFeed beside rss-parser alone.");
  if (!existsSync(CORPUS)) {
    console.log(`  skipped: ${CORPUS} is absent (the corpus lives beside the repository in ../shared).`);
    return;
  }
  const files = corpusFiles();
  const failures: string[] = [];
  const mine = await score(files, ours, (e) => e instanceof FeedError, failures);
  // rss-parser rejects what it cannot read with an Error: a lost feed; anything else escaped its guard.
  const theirs = await score(files, rssParserAlone, (e) => e instanceof Error && e.constructor === Error);
  const total = (m: Map<string, Tally>): Tally =>
    [...m.values()].reduce(
      (a, t) => ({
        applicable: a.applicable + t.applicable,
        passed: a.passed + t.passed,
        feedsLost: a.feedsLost + t.feedsLost,
        escaped: a.escaped + t.escaped,
      }),
      { applicable: 0, passed: 0, feedsLost: 0, escaped: 0 },
    );
  const row = (label: string, a: Tally, b: Tally): string =>
    `  ${label.padEnd(22)} ${String(a.applicable).padStart(5)}   ${pct(a).padStart(6)} ${String(a.feedsLost).padStart(4)} ${String(a.escaped).padStart(4)}   ${pct(b).padStart(6)} ${String(b.feedsLost).padStart(4)} ${String(b.escaped).padStart(4)}`;
  console.log(
    `  ${'category'.padEnd(22)} ${'appl.'.padStart(5)}   ${'ours'.padStart(6)} lost esc.   ${'rss-p.'.padStart(6)} lost esc.`,
  );
  for (const category of [...mine.keys()].sort()) {
    const a = mine.get(category);
    const b = theirs.get(category);
    if (a && b && a.applicable > 0) console.log(row(category, a, b));
  }
  const a = total(mine);
  const b = total(theirs);
  console.log(row('all', a, b));
  console.log(
    `  ours: ${a.passed} of ${a.applicable} applicable expectations (${files.length} files), ${a.escaped} exceptions escaping; rss-parser alone: ${b.passed} of ${b.applicable}, ${b.escaped} escaping. Target: >= 95%, 0 escaping.`,
  );
  if (process.argv.includes('--failures')) for (const f of failures) console.log(`    ${f}`);
  const forms = dateTable().length;
  const mineDates = scoreDates(parseTimestamp);
  const jsDates = scoreDates((text) => {
    const t = Date.parse(text);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  });
  const line = (label: string, d: { right: number; wrong: number; missing: number }): string =>
    `  ${label.padEnd(34)} ${String(d.right).padStart(3)} right ${String(d.wrong).padStart(3)} wrong ${String(d.missing).padStart(3)} missing`;
  console.log(
    `  feedparser's date table, ${forms} forms (machine zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}):`,
  );
  console.log(line('parseTimestamp', mineDates));
  console.log(line('Date.parse (rss-parser)', jsDates));
  const texts = realFeedTexts();
  if (texts.length > 0) {
    const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
    const a = await timeFeeds(texts, (t) => parseFeed(t, 'https://example.org/feed'));
    const b = await timeFeeds(texts, (t) => new Parser().parseString(t));
    console.log(
      `  speed, ${texts.length} real feeds (${mb.toFixed(1)} MB) of ../shared/bench/feeds: parseFeed ${a.ms.toFixed(0)} ms (${a.read} read), rss-parser ${b.ms.toFixed(0)} ms (${b.read} read)`,
    );
  }
}

await main();
