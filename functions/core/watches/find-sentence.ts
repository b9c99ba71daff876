const MAX_SENTENCE = 400;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * Where each sentence of a paragraph starts, by ICU's sentence rules (which
 * know "Mar.8" and "U.S." do not end one). Work it out once per paragraph and
 * reuse it for every mention in it.
 */
export function sentenceStarts(paragraph: string, language = 'en'): number[] {
  const starts: number[] = [];
  for (const seg of segmenter(language).segment(paragraph)) starts.push(seg.index);
  return starts;
}

/**
 * The sentence that holds the span [start, end). A name cut across two ICU
 * sentences ("St. Petersburg") takes both; a runaway sentence is cut to a
 * window around the mention.
 */
export function sentenceAt(paragraph: string, starts: readonly number[], start: number, end: number): string {
  let lo = 0;
  for (let i = 0; i < starts.length; i += 1) if ((starts[i] as number) <= start) lo = starts[i] as number;
  let hi = paragraph.length;
  for (const s of starts) {
    if (s >= end) {
      hi = s;
      break;
    }
  }
  const raw = paragraph.slice(lo, hi);
  const trimmed = raw.trim();
  if (trimmed.length <= MAX_SENTENCE) return trimmed;
  const at = start - lo - (raw.length - raw.trimStart().length);
  const from = Math.max(0, Math.min(at - MAX_SENTENCE / 2, trimmed.length - MAX_SENTENCE));
  const cut = trimmed.slice(from, from + MAX_SENTENCE);
  return `${from > 0 ? '…' : ''}${cut.trim()}${from + MAX_SENTENCE < trimmed.length ? '…' : ''}`;
}

/** The sentence of a paragraph that holds the span [start, end). */
export function findSentence(paragraph: string, start: number, end: number, language = 'en'): string {
  return sentenceAt(paragraph, sentenceStarts(paragraph, language), start, end);
}
