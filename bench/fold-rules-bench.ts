import { createRequire } from 'node:module';
import { DEFAULT_LEXICON } from '../functions/core/watches/default-lexicon.js';
import { foldName } from '../functions/core/watches/fold-text.js';
import { isShortAcronym } from '../functions/core/watches/watch-list.js';

/**
 * What each transliteration rule buys and costs, one rule at a time on top of
 * the strict key (case, accents, punctuation), word by word: how many of the
 * lexicon's own listed spellings it makes one (the press writes both, so the
 * rule finds spellings nobody listed), and how many words of an English and a
 * French dictionary it makes into a name's key. The rules are written here
 * as string rewrites of each word's key: an approximation of fold-text.ts,
 * where the kept ones live, good enough to rank them.
 */
const require = createRequire(import.meta.url);
const C = '[bcdfghjklmnpqrstvwxz]';

const RULES: [string, boolean, (word: string) => string][] = [
  ['doubled letters are one', true, (w) => w.replace(/([a-z])\1+/g, '$1')],
  ['ou is u', true, (w) => w.replace(/ou/g, 'u')],
  ['dj is j', true, (w) => w.replace(/dj/g, 'j')],
  ['ch is sh', true, (w) => w.replace(/ch/g, 'sh')],
  ['q is k', true, (w) => w.replace(/q/g, 'k')],
  ['ai, ei, ey are ay', true, (w) => w.replace(/ai|ei|ey/g, 'ay')],
  [
    'e between consonants is i',
    true,
    (w) => w.replace(new RegExp(`(?<=${C})e(?=${C})`, 'g'), (m, at: number) => (w[at + 1] === 'h' ? m : 'i')),
  ],
  ['-ah, -eh are -a', true, (w) => (w.length >= 3 ? w.replace(/[ae]h$/, 'a') : w)],
  ['a final e is a', false, (w) => w.replace(new RegExp(`(?<=${C})e$`), 'a')],
  ['w is u', false, (w) => w.replace(/w/g, 'u')],
  ['e is i anywhere', false, (w) => w.replace(/e/g, 'i')],
];

const strictWords = (s: string): string[] =>
  s
    .split(/[\s\-'’]+/)
    .map((w) => foldName(w, { loose: false }))
    .filter(Boolean);

export function runFoldRulesBench(): void {
  const aliases = DEFAULT_LEXICON.filter((e) => e.kind !== 'term').flatMap((e) =>
    [e.name, ...e.aliases]
      .filter((a) => !(e.exactCase ?? []).includes(a) && !isShortAcronym(a) && !/[\u0600-\u06ff]/u.test(a))
      .map((a) => ({ entry: e.name, words: strictWords(a) })),
  );
  const dictionary = [
    ...(require('an-array-of-english-words/index.json') as string[]),
    ...(require('an-array-of-french-words/index.json') as string[]),
  ];
  const words = [...new Set(dictionary.map((w) => foldName(w, { loose: false })))];
  const strictKeys = new Set(aliases.map((a) => a.words.join(' ')));
  console.log(
    `Folding rules, each alone on the strict key: ${aliases.length} Latin-script aliases, ${words.length} dictionary words (English and French).`,
  );
  console.log(`  ${'rule'.padEnd(28)} ${'kept'.padEnd(5)} listed spellings made one   dictionary words made a name`);
  for (const [name, kept, rule] of RULES) {
    const byKey = new Map<string, Set<string>>();
    const entriesByKey = new Map<string, Set<string>>();
    for (const a of aliases) {
      const key = a.words.map(rule).join(' ');
      byKey.set(key, (byKey.get(key) ?? new Set()).add(a.words.join(' ')));
      entriesByKey.set(key, (entriesByKey.get(key) ?? new Set()).add(a.entry));
    }
    let unified = 0;
    for (const [key, spellings] of byKey) if ((entriesByKey.get(key)?.size ?? 0) === 1) unified += spellings.size - 1;
    const made = words.filter((w) => !strictKeys.has(w) && byKey.has(rule(w)));
    const sample = made.slice(0, 6).join(', ');
    console.log(
      `  ${name.padEnd(28)} ${(kept ? 'yes' : 'no').padEnd(5)} ${String(unified).padStart(24)}   ${String(made.length).padStart(4)}${sample ? ` (${sample}${made.length > 6 ? ', ...' : ''})` : ''}`,
    );
  }
  console.log(
    '  Kept rules whose words remain are answered by blockers (gazetteer/blockers.ts), checked by fold-rules.test.ts.',
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) runFoldRulesBench();
