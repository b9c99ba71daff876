import { buildMatcher, type Matcher } from './build-matcher.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES } from './default-lexicon.js';
import {
  applyWatchSpecs,
  type LexiconEntry,
  selectWatches,
  type WatchSelection,
  type WatchSpec,
} from './watch-list.js';

export interface ResolvedWatches {
  /** The lexicon with the specs' own spellings added. */
  lexicon: readonly LexiconEntry[];
  selection: WatchSelection;
  /** The canonical watch name of each spec, in the order given: what alerts and SNS filters carry. */
  canonical: string[];
  /** Built on first use: synthesis needs the names, not the trie. */
  readonly matcher: Matcher;
}

/** The name a spec is written under. */
export const specName = (spec: WatchSpec): string => (typeof spec === 'string' ? spec : spec.name);

/**
 * The one place watch specs (names in any spelling, own aliases,
 * governorates, radii) become what matching needs: the lexicon, the
 * selection, the canonical name of each spec and the matcher. The command
 * line, the Lambdas and the stack all call it, so a subscriber's filter and
 * the alerts name a watch the same way. No specs: every place and actor the
 * lexicon knows.
 */
export function resolveWatches(
  specs: readonly WatchSpec[] | undefined,
  base: readonly LexiconEntry[] = DEFAULT_LEXICON,
): ResolvedWatches {
  const { lexicon, names } = applyWatchSpecs(base, specs ?? DEFAULT_WATCHES);
  const selection = selectWatches(lexicon, names);
  let matcher: Matcher | undefined;
  return {
    lexicon,
    selection,
    canonical: selection.resolved,
    get matcher() {
      matcher ??= buildMatcher(lexicon, selection);
      return matcher;
    },
  };
}
