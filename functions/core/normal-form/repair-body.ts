/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]*]*$/;

function wordCount(p: string): number {
  return p.split(/\s+/).filter(Boolean).length;
}

function dedupeKey(p: string): string {
  return p.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Did the page break this paragraph in the middle of a sentence? A short line
 * without final punctuation is a subheading ("Ambitious campaign"); a long one
 * that stops mid-sentence ("...they may allow") continues in the next block.
 */
function continuesInto(prev: string, next: string): boolean {
  if (ENDS_SENTENCE.test(prev)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  const nextIsProse = wordCount(next) >= 4 || ENDS_SENTENCE.test(next);
  const prevIsProse = wordCount(prev) >= 10 || (wordCount(prev) >= 6 && /[.,;:!?]\s/.test(prev));
  return nextIsProse && prevIsProse;
}

/**
 * Repairs body paragraphs for matching: joins paragraphs split mid-sentence and
 * keeps one copy of a repeated paragraph (a lede printed as caption and summary).
 */
export function repairBody(paragraphs: readonly string[], lede = ''): string[] {
  const seen = new Set<string>();
  if (lede) seen.add(dedupeKey(lede));
  const unique: string[] = [];
  for (const p of paragraphs) {
    const key = dedupeKey(p);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  const joined: string[] = [];
  for (const p of unique) {
    const last = joined.at(-1);
    if (last !== undefined && continuesInto(last, p)) joined[joined.length - 1] = `${last} ${p}`;
    else joined.push(p);
  }
  return joined;
}
