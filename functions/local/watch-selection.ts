import { ConfigError, type OperatorConfig } from '../core/config/operator-config.js';
import { foldName } from '../core/watches/fold-text.js';
import { resolveSubscribers } from '../core/subscribers/resolve-subscribers.js';
import { type ResolvedWatches, resolveWatches } from '../core/watches/resolve-watches.js';

export interface LocalWatches extends ResolvedWatches {
  /** One line for each name matched literally, for the user. */
  notices: string[];
}

/**
 * What a local run watches: the --watch names when given, else the config's
 * watches and its subscribers' (with their extra spellings), the config's
 * being every place and actor the lexicon knows when it names none.
 */
export function localWatches(cliNames: readonly string[] | undefined, config: OperatorConfig): LocalWatches {
  for (const name of cliNames ?? []) {
    if (!foldName(name)) throw new ConfigError(`--watch "${name}" has no letters or digits to match`);
  }
  // Without --watch: the operator's watches and every subscriber's, as the alert function matches them.
  const resolved = cliNames && cliNames.length > 0 ? resolveWatches(cliNames) : resolveSubscribers(config).watches;
  const notices = resolved.selection.literals.map(
    (l) => `"${l.name}" is not in the watch list; matching it as a literal name`,
  );
  return Object.assign(resolved, { notices });
}
