import { ConfigError, type OperatorConfig } from '../core/config/operator-config.js';
import { foldName } from '../core/watches/fold-text.js';
import { buildMatcher, type Matcher } from '../core/watches/build-matcher.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES } from '../core/watches/default-lexicon.js';
import { applyWatchSpecs, selectWatches, type WatchSelection } from '../core/watches/watch-list.js';

export interface LocalWatches {
  matcher: Matcher;
  selection: WatchSelection;
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
  const specs = cliNames && cliNames.length > 0 ? cliNames : (config.watches ?? DEFAULT_WATCHES);
  const { lexicon, names } = applyWatchSpecs(DEFAULT_LEXICON, specs);
  const selection = selectWatches(lexicon, names);
  const notices = selection.literals.map((l) => `"${l.name}" is not in the watch list; matching it as a literal name`);
  return { matcher: buildMatcher(lexicon, selection), selection, notices };
}
