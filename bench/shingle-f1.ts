/**
 * The article-extraction-benchmark metric (see METRIC_NOTES.md beside the data):
 * multisets of 4-token shingles of `\w+` tokens, per-page precision and recall
 * normalised by the page's tp+fp+fn, averaged over pages, F1 of the means.
 */

/** Python's `\w` under re.UNICODE: letters, numbers (any kind) and the underscore; combining marks are not word characters there. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The shingles of a text with their counts. A text of fewer than `n` tokens
 * has one shorter shingle; an empty text has none.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    // \u0001 cannot be part of a token, so the joined key is unambiguous.
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised true positives, false positives and false negatives of one page. */
export function scorePage(truth: string, predicted: string, n = 4): PageScore {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  // Normalised so that long pages weigh no more than short ones.
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface ShingleF1 {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Whether the predicted text has exactly the truth's tokens. */
export function exactMatch(truth: string, predicted: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/**
 * The benchmark's figures over pairs of (truth, predicted) texts. Pages with
 * nothing predicted are left out of precision, pages with no truth out of recall.
 */
export function shingleF1(pairs: ReadonlyArray<{ truth: string; predicted: string }>): ShingleF1 {
  const scores = pairs.map((p) => scorePage(p.truth, p.predicted));
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pairs.map((p) => (exactMatch(p.truth, p.predicted) ? 1 : 0)));
  return { f1, precision, recall, accuracy, pages: pairs.length };
}
