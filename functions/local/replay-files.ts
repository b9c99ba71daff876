import pLimit from 'p-limit';
import { type IngestDeps, type IngestOutcome, ingestArticle } from '../core/ingest-article.js';
import { parseNormalForm } from '../core/normal-form/parse-normal-form.js';
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
  skipped: number;
}

/**
 * Replays normal-form files through the local handler: read, parse, store,
 * match, alert. Files are worked on concurrently but reported in their order.
 * A file that cannot be read or stored is reported and skipped; the rest go on.
 */
export async function replayFiles(
  files: readonly string[],
  deps: IngestDeps,
  options: { concurrency?: number; onEvent: (event: ReplayEvent) => void },
): Promise<ReplaySummary> {
  const summary: ReplaySummary = { files: files.length, stored: 0, known: 0, alerts: 0, alertFailures: 0, skipped: 0 };
  const limit = pLimit(options.concurrency ?? 64);
  const done = new Map<number, ReplayEvent>();
  let next = 0;

  const report = (index: number, event: ReplayEvent): void => {
    done.set(index, event);
    for (let e = done.get(next); e !== undefined; e = done.get(next)) {
      done.delete(next);
      next += 1;
      if (e.type === 'skipped') summary.skipped += 1;
      else {
        if (e.outcome.isNew) summary.stored += 1;
        else summary.known += 1;
        if (e.outcome.alert?.sent) summary.alerts += 1;
        if (e.outcome.alert?.failed) summary.alertFailures += 1;
      }
      options.onEvent(e);
    }
  };

  await Promise.all(
    files.map((file, index) =>
      limit(async () => {
        const read = readArticleText(file);
        if (!read.ok) return report(index, { type: 'skipped', file, error: read.error });
        try {
          const outcome = await ingestArticle(parseNormalForm(read.text, { file }), { file }, deps);
          report(index, { type: 'article', file, outcome });
        } catch (error) {
          report(index, { type: 'skipped', file, error: `not stored: ${(error as Error).message}` });
        }
      }),
    ),
  );
  return summary;
}
