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
 * The sentence of a paragraph that holds the span [start, end). ICU's sentence
 * rules know "Mar.8" and "U.S." are not sentence ends. A runaway sentence is
 * cut to a window around the mention.
 */
export function findSentence(paragraph: string, start: number, end: number, language = 'en'): string {
  let sentence = paragraph;
  let offset = 0;
  for (const seg of segmenter(language).segment(paragraph)) {
    if (start >= seg.index && start < seg.index + seg.segment.length) {
      sentence = seg.segment;
      offset = seg.index;
      // A name cut across two ICU sentences ("St. Petersburg") takes both.
      if (end > seg.index + seg.segment.length) sentence = paragraph.slice(seg.index, end);
      break;
    }
  }
  const trimmed = sentence.trim();
  if (trimmed.length <= MAX_SENTENCE) return trimmed;
  const at = start - offset - (sentence.length - sentence.trimStart().length);
  const from = Math.max(0, Math.min(at - MAX_SENTENCE / 2, trimmed.length - MAX_SENTENCE));
  const cut = trimmed.slice(from, from + MAX_SENTENCE);
  return `${from > 0 ? '…' : ''}${cut.trim()}${from + MAX_SENTENCE < trimmed.length ? '…' : ''}`;
}
