import type { AlertDeps } from '../../functions/core/alert-article.js';
import type { IngestDeps } from '../../functions/core/ingest-article.js';
import { resolveWatches } from '../../functions/core/watches/resolve-watches.js';
import { MemoryStore, RecordingPublisher } from './memory-ports.js';

/** The clock of the ingest and alert tests. */
export const now = (): string => '2026-11-22T00:00:00.000Z';

/** Ingest and alert ports in memory, watching these names in the developer's view. */
export function deps(watches: string[], publisher = new RecordingPublisher()) {
  const store = new MemoryStore();
  const alerts: AlertDeps = { ledger: store, publisher, matcher: resolveWatches(watches).matcher, now };
  return { store, now, alerts, publisher } satisfies IngestDeps & { publisher: RecordingPublisher };
}

/** The same ports with another watch list. */
export const watching = (d: ReturnType<typeof deps>, watches: string[]) => ({
  ...d,
  alerts: { ...d.alerts, matcher: resolveWatches(watches).matcher },
});
