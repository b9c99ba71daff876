import pLimit from 'p-limit';
import { failedNow, queuedNow, sentNow } from '../core/alert-article.js';
import { type IngestDeps, type IngestOutcome, ingestArticle } from '../core/ingest-article.js';
import { parseNormalForm } from '../core/normal-form/parse-normal-form.js';
import { isRecent } from '../core/alerts/is-recent.js';
import { readArticleText } from '../adapters/local/read-article-files.js';

export type ReplayEvent =
  | { type: 'article'; file: string; outcome: IngestOutcome }
  | { type: 'skipped'; file: string; error: string };

export interface ReplaySummary {
  files: number;
  stored: number;
  known: number;
  alerts: number;
  alertFailures: number;
  /** Stories queued for subscribers' digests. */
  queued: number;
  /** Digests sent: none by a replay (`feedwatch digest` sends them); said for the summary's shape. */
  digests: number;
  skipped: number;
  /** Files left alone because the run was told to stop. */
  notStarted: number;
}

/**
 * Replays normal-form files through the local handler: read, parse, store,
 * match, alert. Files are worked on concurrently but reported in their order.
 * A file that cannot be read or stored is reported and skipped; the rest go on.
 */
export async function replayFiles(
  files: readonly string[],
  deps: IngestDeps,
  options: {
    concurrency?: number;
    onEvent: (event: ReplayEvent) => void;
    /** True once no new file should start (SIGINT, SIGTERM): the files in hand are finished. */
    shouldStop?: () => boolean;
    /** Articles published longer ago than this are stored, not alerted; undefined: all are alerted. */
    maxAlertAgeMs?: number;
  },
): Promise<ReplaySummary> {
  const summary: ReplaySummary = {
    files: files.length,
    stored: 0,
    known: 0,
    alerts: 0,
    alertFailures: 0,
    queued: 0,
    digests: 0,
    skipped: 0,
    notStarted: 0,
  };
  const shouldStop = options.shouldStop ?? (() => false);
  const limit = pLimit(options.concurrency ?? 64);
  const done = new Map<number, ReplayEvent | null>();
  let next = 0;

  // A file never started leaves a gap (null) that the in-order report steps over.
  const report = (index: number, event: ReplayEvent | undefined): void => {
    done.set(index, event ?? null);
    for (let e = done.get(next); e !== undefined; e = done.get(next)) {
      done.delete(next);
      next += 1;
      if (e === null) continue;
      if (e.type === 'skipped') summary.skipped += 1;
      else {
        if (e.outcome.isNew) summary.stored += 1;
        else summary.known += 1;
        summary.alerts += sentNow(e.outcome.alert).length;
        summary.queued += queuedNow(e.outcome.alert).length;
        summary.alertFailures += failedNow(e.outcome.alert).length;
      }
      options.onEvent(e);
    }
  };

  await Promise.all(
    files.map((file, index) =>
      limit(async () => {
        if (shouldStop()) {
          summary.notStarted += 1;
          return report(index, undefined);
        }
        const read = readArticleText(file);
        if (!read.ok) return report(index, { type: 'skipped', file, error: read.error });
        try {
          const article = parseNormalForm(read.text, { file });
          const recent = isRecent(article.published, deps.now(), options.maxAlertAgeMs);
          const outcome = await ingestArticle(article, { file }, deps, { recent });
          report(index, { type: 'article', file, outcome });
        } catch (error) {
          report(index, { type: 'skipped', file, error: `not stored: ${(error as Error).message}` });
        }
      }),
    ),
  );
  return summary;
}
