import { expandPathsReporting } from '../adapters/local/read-article-files.js';
import { readOperatorConfig } from '../adapters/local/read-config.js';
import { parseAge } from '../core/config/operator-config.js';
import { EXIT } from './exit-codes.js';
import { openLocalRuntime } from './local-runtime.js';
import { catchInterrupts, interruptedExitCode } from './interrupts.js';
import { replayFiles } from './replay-files.js';
import { eventLines, eventText, forWhom, summaryText } from './report-events.js';
import { localWatches } from './watch-selection.js';

export interface ReplayOptions {
  watch?: string[];
  config?: string;
  store: string;
  repair?: boolean;
  maxAge?: string;
  outbox?: string;
  json?: boolean;
  concurrency: number;
}

const out = (s: string): boolean => process.stdout.write(s);
const err = (s: string): boolean => process.stderr.write(s);

/** `feedwatch replay`: returns the exit code. */
export async function runReplay(paths: readonly string[], opts: ReplayOptions): Promise<number> {
  // A bad config, a missing path or a store that cannot be opened throws: the command line says it in one line.
  const watches = localWatches(opts.watch, readOperatorConfig(opts.config).config);
  for (const notice of watches.notices) err(`feedwatch: ${notice}\n`);
  const { selection } = watches.watches;
  const maxAlertAgeMs = opts.maxAge === undefined ? undefined : parseAge(opts.maxAge, '--max-age');
  const { files, unreadable } = await expandPathsReporting(paths);
  const runtime = await openLocalRuntime({
    store: opts.store,
    matcher: watches.watches.matcher,
    subscribers: watches.subscribers,
    ...(opts.outbox ? { outbox: opts.outbox } : {}),
    ...(opts.repair ? { repair: true } : {}),
  });

  // Ctrl-C or SIGTERM: the files in hand are stored and alerted, the store closed, the rest left for the next run.
  const interrupts = catchInterrupts((signal) => err(`feedwatch: ${signal}: finishing the files in hand\n`));
  try {
    if (!opts.json)
      out(
        `Replaying ${files.length} files, watching ${selection.watched.length} names${forWhom(watches.subscribers.length)}.\n\n`,
      );
    for (const u of unreadable) {
      err(`feedwatch: skipped ${u.path}: ${u.error}\n`);
      if (opts.json) out(`${JSON.stringify({ type: 'skipped', file: u.path, error: u.error })}\n`);
    }
    const summary = await replayFiles(files, runtime.deps, {
      concurrency: opts.concurrency,
      shouldStop: interrupts.stopped,
      ...(maxAlertAgeMs !== undefined ? { maxAlertAgeMs } : {}),
      onEvent: (event) => {
        if (event.type === 'skipped') err(`feedwatch: skipped ${event.file}: ${event.error}\n`);
        if (opts.json) for (const line of eventLines(event)) out(`${JSON.stringify(line)}\n`);
        else if (event.type === 'article') out(eventText(event));
      },
    });
    const storeNote = runtime.storeDir ? `Store: ${runtime.storeDir}` : 'Store: memory (gone when this run ends).';
    if (opts.json)
      out(
        `${JSON.stringify({ type: 'summary', ...summary, store: runtime.storeDir ?? 'memory', outbox: runtime.outboxPath ?? null })}\n`,
      );
    else out(summaryText(summary, `${storeNote}${runtime.outboxPath ? `\nOutbox: ${runtime.outboxPath}` : ''}`));
    return interrupts.signal
      ? interruptedExitCode(interrupts.signal)
      : summary.alertFailures > 0
        ? EXIT.failed
        : EXIT.ok;
  } finally {
    interrupts.dispose();
    await runtime.close();
  }
}
