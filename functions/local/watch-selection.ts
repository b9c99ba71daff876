import { ConfigError, type OperatorConfig } from '../core/config/operator-config.js';
import { type ResolvedSubscriber, resolveSubscribers } from '../core/subscribers/resolve-subscribers.js';
import { foldName } from '../core/watches/fold-text.js';
import { type ResolvedWatches, resolveWatches } from '../core/watches/resolve-watches.js';

export interface LocalWatches {
  watches: ResolvedWatches;
  /** Who the alerts go to: the config's subscribers, or none (one alert naming every watch, the developer's view). */
  subscribers: ResolvedSubscriber[];
  /** One line for each name matched literally, for the user. */
  notices: string[];
}

/**
 * What a local run watches and for whom: the --watch names, alerted in the
 * developer's view, when given; else the config's watches and its
 * subscribers' (the config's being every place and actor the lexicon knows
 * when it names none), alerted to each subscriber as the alert function does.
 */
export function localWatches(cliNames: readonly string[] | undefined, config: OperatorConfig): LocalWatches {
  for (const name of cliNames ?? []) {
    if (!foldName(name)) throw new ConfigError(`--watch "${name}" has no letters or digits to match`);
  }
  const { watches, subscribers } =
    cliNames && cliNames.length > 0
      ? { watches: resolveWatches(cliNames), subscribers: [] }
      : resolveSubscribers(config);
  const notices = watches.selection.literals.map(
    (l) => `"${l.name}" is not in the watch list; matching it as a literal name`,
  );
  return { watches, subscribers, notices };
}
