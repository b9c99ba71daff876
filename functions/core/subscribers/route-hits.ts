import type { WatchHit } from '../watches/match-article.js';
import type { ResolvedSubscriber } from './resolve-subscribers.js';

/** What one article means to one subscriber. */
export interface SubscriberRoute<S extends Pick<ResolvedSubscriber, 'watches'> = ResolvedSubscriber> {
  subscriber: S;
  /** Hits on their own watches, the most mentioned first. */
  own: WatchHit[];
  /** The other watched places and actors the article mentions, the most mentioned first. */
  others: WatchHit[];
}

/** Most mentions first; among equals, the one the article names first (hits come in that order). */
function byProminence(hits: readonly WatchHit[]): WatchHit[] {
  return hits
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => b.hit.count - a.hit.count || a.order - b.order)
    .map((x) => x.hit);
}

/**
 * The subscribers an article concerns (those with a hit on one of their own
 * watches), in the order given, each with their hits and the rest.
 */
export function routeHits<S extends Pick<ResolvedSubscriber, 'watches'>>(
  hits: readonly WatchHit[],
  subscribers: readonly S[],
): SubscriberRoute<S>[] {
  if (hits.length === 0) return [];
  const ranked = byProminence(hits);
  const routes: SubscriberRoute<S>[] = [];
  for (const subscriber of subscribers) {
    const own = ranked.filter((h) => subscriber.watches.has(h.watch));
    if (own.length > 0)
      routes.push({ subscriber, own, others: ranked.filter((h) => !subscriber.watches.has(h.watch)) });
  }
  return routes;
}
