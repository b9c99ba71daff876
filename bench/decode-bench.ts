import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBody, decodeFeedBody } from '../functions/adapters/http/decode-body.js';
import { detectCharset } from '../functions/adapters/http/detect-charset.js';
import { decodeUtf8Mixed } from '../functions/adapters/http/utf8-mixed.js';
import { decodeWindows1252 } from '../functions/adapters/http/windows-1252.js';

/**
 * What decoding costs per page on each path, detection beside the paths that
 * skip it; then, when ../shared is there, how feedparser's encoding tests
 * come out: readable (the root element, no U+FFFD, no C1 control left) and,
 * where the Expect line compares a field with a string, that string found in
 * the text, beside a plain reader (TextDecoder with the header's label, else
 * UTF-8).
 */

const PARAGRAPH =
  'L’armée syrienne a repris la ville d’Alep après des semaines de combats. Les Forces démocratiques syriennes avancent vers Deir ez-Zor, où l’État islamique résiste encore. « C’est une étape décisive », a déclaré un porte-parole. ';
const CP1252: Record<string, number> = { '’': 0x92, '«': 0xab, '»': 0xbb };
const html = `<!doctype html><html><head><title>Alep</title><script>var a = 1;</script></head><body>${`<p>${PARAGRAPH.repeat(3)}</p>\n`.repeat(140)}</body></html>`;
const utf8Page = Buffer.from(html);
const cp1252Page = Buffer.from([...html].map((c) => CP1252[c] ?? c.charCodeAt(0)));
const declared = Buffer.concat([Buffer.from('<meta charset="windows-1252">'), cp1252Page]);

/** The fastest of seven batches of 20 calls, per call: the machine is shared, and the minimum is the least disturbed. */
function perCall(fn: () => unknown): number {
  for (let i = 0; i < 5; i += 1) fn();
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 7; batch += 1) {
    const t = performance.now();
    for (let i = 0; i < 20; i += 1) fn();
    best = Math.min(best, (performance.now() - t) / 20);
  }
  return best;
}

const kb = (b: Uint8Array): string => `${Math.round(b.length / 1024)} KB`;
const ms = (x: number): string => `${x.toFixed(2).padStart(7)} ms`;

console.log(`Decoding a French article page (${kb(utf8Page)} as UTF-8, ${kb(cp1252Page)} as windows-1252), per page:`);
const rows: [string, number][] = [
  ['UTF-8, undeclared (well-formed: no detection)', perCall(() => decodeBody(utf8Page))],
  ['windows-1252, declared in <meta>', perCall(() => decodeBody(declared))],
  ['windows-1252, undeclared: detection (chardet)', perCall(() => decodeBody(cp1252Page))],
  ['  of which chardet on its 8 KB text sample', perCall(() => detectCharset(cp1252Page))],
  ['windows-1252, undeclared, without detection', perCall(() => decodeUtf8Mixed(cp1252Page))],
  ['  plain windows-1252 table (the floor)', perCall(() => decodeWindows1252(cp1252Page))],
];
for (const [label, t] of rows) console.log(`  ${label.padEnd(50)} ${ms(t)}`);

const CORPUS = resolve('..', 'shared', 'bench', 'feedparser', 'tests', 'encoding');
if (!existsSync(CORPUS)) {
  console.log('\n(feedparser corpus not found beside the repo: its encoding tests are left out)');
} else {
  /** Python string literal escapes as the Expect lines write them. */
  const pyString = (s: string): string =>
    s.replace(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(['"\\])/g, (_m, u, x, q) =>
      u ? String.fromCharCode(Number.parseInt(u, 16)) : x ? String.fromCharCode(Number.parseInt(x, 16)) : q,
    );
  const plain = (b: Buffer, contentType: string | undefined): string => {
    const label = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
    try {
      return new TextDecoder(label).decode(b);
    } catch {
      return new TextDecoder('utf-8').decode(b);
    }
  };
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xml'));
  const score = { mine: { readable: 0, found: 0 }, plain: { readable: 0, found: 0 }, withString: 0 };
  const misses: string[] = [];
  for (const f of files) {
    const bytes = readFileSync(join(CORPUS, f));
    // The comment is ASCII in every form: drop the zero bytes of UTF-16/32 to read it.
    const head = Buffer.from(bytes.filter((c) => c !== 0)).toString('latin1');
    const contentType = /Header:\s*Content-type:\s*([^\n]+)/i.exec(head)?.[1]?.trim();
    const wanted = [...(/Expect:[^\n]*/.exec(head)?.[0] ?? '').matchAll(/==\s*u?'((?:[^'\\]|\\.)*)'/g)]
      .map((m) => pyString(m[1] ?? ''))
      .filter((s) => /[^\x20-\x7e]/.test(s));
    if (wanted.length > 0) score.withString += 1;
    for (const [name, text] of [
      ['mine', decodeFeedBody(bytes, contentType)],
      ['plain', plain(bytes, contentType)],
    ] as const) {
      const readable = /<(rss|feed|rdf:RDF)\b/.test(text) && !/[\ufffd\u0080-\u009f]/.test(text);
      const found = wanted.length > 0 && wanted.every((w) => text.includes(w));
      score[name].readable += readable ? 1 : 0;
      score[name].found += found ? 1 : 0;
      if (name === 'mine' && (!readable || (wanted.length > 0 && !found))) misses.push(f);
    }
  }
  console.log(
    `\nfeedparser's encoding tests (${files.length} files, ${score.withString} with a non-ASCII string expected):`,
  );
  console.log(
    `  decodeFeedBody          readable ${score.mine.readable}/${files.length}   string found ${score.mine.found}/${score.withString}`,
  );
  console.log(
    `  TextDecoder by header   readable ${score.plain.readable}/${files.length}   string found ${score.plain.found}/${score.withString}`,
  );
  console.log(`  not readable or not found with decodeFeedBody: ${misses.join(', ') || 'none'}`);
}
