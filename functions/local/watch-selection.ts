import { ConfigError, type OperatorConfig } from '../core/config/operator-config.js';
import { foldName } from '../core/watches/fold-text.js';
import { type ResolvedWatches, resolveWatches } from '../core/watches/resolve-watches.js';

export interface LocalWatches extends ResolvedWatches {
  /** One line for each name matched literally, for the user. */
  notices: string[];
}

/**
 * What a local run watches: the --watch names when given, else the config's
 * watches (with their extra spellings), else every place and actor the
 * lexicon knows.
 */
export function localWatches(cliNames: readonly string[] | undefined, config: OperatorConfig): LocalWatches {
  for (const name of cliNames ?? []) {
    if (!foldName(name)) throw new ConfigError(`--watch "${name}" has no letters or digits to match`);
  }
  const resolved = resolveWatches(cliNames && cliNames.length > 0 ? cliNames : config.watches);
  const notices = resolved.selection.literals.map(
    (l) => `"${l.name}" is not in the watch list; matching it as a literal name`,
  );
  return Object.assign(resolved, { notices });
}
