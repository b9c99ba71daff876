import type { FeedRecord } from '../../functions/core/schedule/feed-record.js';
import type { Politely } from '../../functions/core/schedule/host-gate.js';
import type { PollOutcome } from '../../functions/core/schedule/next-check.js';
import type { PollOne } from '../../functions/core/schedule/poll-worker.js';
import { Prng } from './prng.js';
import type { VirtualClock } from './virtual-clock.js';

const MIN = 60_000;

export interface WebShape {
  feeds: number;
  /** Share of feeds that never answer well (half 404, half a 10-second timeout). */
  dead: number;
  /** Share of feeds that fail one request in three. */
  flaky: number;
  /** Share of feeds whose server answers 429 with Retry-After to two requests in five. */
  throttling: number;
  /** Share of feeds that publish every 2 to 5 minutes. */
  busy: number;
  /** Hosts that carry many feeds: [hosts, feeds each]. */
  bigHosts: [number, number][];
  /** Whether the first check fetches the page of every item the feed lists (a first run on an empty store). */
  backlog: boolean;
  latencyMs: [number, number];
}

type Kind = 'dead' | 'flaky' | 'throttling' | 'busy' | 'regular';

interface SimFeed {
  url: string;
  host: string;
  kind: Kind;
  meanGapMs: number;
  dated: boolean;
  validators: boolean;
  /** A dead feed that times out rather than answering 404. */
  timesOut: boolean;
  maxAge?: number;
  ttl?: number;
  /** Publication times, oldest first; the feed lists the last 20. */
  items: number[];
  /** The same times as the feed prints them. */
  printed: string[];
  nextPublish: number;
  /** How many of `items` the last good check saw. */
  seen: number;
  checked: boolean;
}

/**
 * The web as the fleet sees it: feeds on hosts, each publishing on its own
 * Poisson rate, some dead, flaky or throttling, every request taking a
 * latency drawn log-uniformly from the range. It records what politeness
 * is about: requests in flight per host and the gaps between their starts.
 */
export class SimWeb {
  readonly feeds: SimFeed[] = [];
  private readonly byUrl = new Map<string, SimFeed>();
  private readonly rng: Prng;
  private readonly inFlight = new Map<string, number>();
  private readonly lastStart = new Map<string, number>();
  requests = 0;
  feedRequests = 0;
  pageRequests = 0;
  maxInFlightPerHost = 0;
  minGapMs = Number.POSITIVE_INFINITY;
  /** Lag of each check: the start of its feed request minus when it fell due. */
  readonly lagsMs: number[] = [];
  /** The leases whose check has started: a feed still leased at the end is pending only if not among them. */
  readonly started = new Set<string>();
  readonly statuses = new Map<number, number>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly shape: WebShape,
    seed: number,
  ) {
    this.rng = new Prng(seed);
    let hostNo = 0;
    const hosts: string[] = [];
    for (const [count, each] of shape.bigHosts)
      for (let h = 0; h < count; h++, hostNo++) for (let i = 0; i < each; i++) hosts.push(`big${hostNo}.example`);
    while (hosts.length < shape.feeds) {
      const host = `site${hostNo++}.example`;
      for (let i = this.rng.int(1, 3); i > 0; i--) hosts.push(host);
    }
    for (let i = 0; i < shape.feeds; i++) this.addFeed(i, hosts[i] as string);
  }

  private addFeed(i: number, host: string): void {
    const r = this.rng;
    const roll = r.next();
    const { dead, flaky, throttling, busy } = this.shape;
    const kind: Kind =
      roll < dead
        ? 'dead'
        : roll < dead + flaky
          ? 'flaky'
          : roll < dead + flaky + throttling
            ? 'throttling'
            : roll < dead + flaky + throttling + busy
              ? 'busy'
              : 'regular';
    const meanGapMs = kind === 'busy' ? r.uniform(2, 5) * MIN : r.logUniform(5 * MIN, 6 * 60 * MIN);
    const now = this.clock.now;
    const items: number[] = [];
    for (let t = now - r.exponential(meanGapMs); items.length < 20; t -= r.exponential(meanGapMs)) items.unshift(t);
    const cache = r.next();
    const feed: SimFeed = {
      url: `https://${host}/feeds/${i}.xml`,
      host,
      kind,
      meanGapMs,
      dated: r.chance(0.9),
      validators: r.chance(0.7),
      timesOut: r.chance(0.5),
      ...(cache < 0.1 ? { maxAge: Math.round(r.uniform(300, 3600)) } : cache < 0.15 ? { ttl: r.int(15, 60) } : {}),
      items,
      printed: items.map((t) => new Date(t).toISOString()),
      nextPublish: now + r.exponential(meanGapMs),
      seen: items.length,
      checked: false,
    };
    this.feeds.push(feed);
    this.byUrl.set(feed.url, feed);
  }

  /** One request to a host: counted, timed, its latency waited out on the virtual clock. */
  private async request(url: string, latencyMs: number): Promise<void> {
    const host = new URL(url).hostname;
    const now = this.clock.now;
    const last = this.lastStart.get(host);
    if (last !== undefined) this.minGapMs = Math.min(this.minGapMs, now - last);
    this.lastStart.set(host, now);
    const n = (this.inFlight.get(host) ?? 0) + 1;
    this.inFlight.set(host, n);
    this.maxInFlightPerHost = Math.max(this.maxInFlightPerHost, n);
    this.requests += 1;
    try {
      await this.clock.sleep(latencyMs);
    } finally {
      this.inFlight.set(host, (this.inFlight.get(host) ?? 1) - 1);
    }
  }

  private latency(): number {
    return this.rng.logUniform(...this.shape.latencyMs);
  }

  private publishUpTo(feed: SimFeed, t: number): void {
    while (feed.nextPublish <= t) {
      feed.items.push(feed.nextPublish);
      feed.printed.push(new Date(feed.nextPublish).toISOString());
      feed.nextPublish += this.rng.exponential(feed.meanGapMs);
    }
    if (feed.items.length > 200) {
      const drop = feed.items.length - 20;
      feed.items.splice(0, drop);
      feed.printed.splice(0, drop);
      feed.seen = Math.max(0, feed.seen - drop);
    }
  }

  private count(status: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  /** The worker's `pollOne` against this web: the feed request, then a page per new item, all through the gate. */
  readonly pollOne: PollOne = async (record: FeedRecord, politely: Politely): Promise<PollOutcome> => {
    const feed = this.byUrl.get(record.url);
    if (!feed) return { status: 404, newItems: 0, itemTimes: [], cacheHints: {}, error: 'no such feed' };
    const r = this.rng;
    const dueAt = Date.parse(record.lease?.dueAt ?? record.nextCheckAt);
    let status = 200;
    let hints: PollOutcome['cacheHints'] = {};
    const failRoll = r.next();
    const timeout = feed.kind === 'dead' && feed.timesOut;
    await politely(feed.url, async () => {
      this.lagsMs.push(Math.max(0, this.clock.now - dueAt));
      this.started.add(`${record.url}|${record.lease?.id}`);
      this.feedRequests += 1;
      await this.request(feed.url, timeout ? 10_000 : this.latency());
    });
    if (feed.kind === 'dead') status = timeout ? 0 : 404;
    else if (feed.kind === 'flaky' && failRoll < 1 / 3) status = 502;
    else if (feed.kind === 'throttling' && failRoll < 0.4) {
      status = 429;
      hints = { retryAfter: String(Math.round(r.uniform(60, 600))) };
    }
    this.count(status);
    if (status !== 200) {
      return {
        status,
        newItems: 0,
        itemTimes: [],
        cacheHints: hints,
        ...(status === 0 ? { error: 'timeout after 10 s' } : {}),
      };
    }
    this.publishUpTo(feed, this.clock.now);
    const listed = feed.items.slice(-20);
    const fresh = feed.checked || this.shape.backlog ? feed.items.length - feed.seen : 0;
    feed.seen = feed.items.length;
    feed.checked = true;
    if (fresh === 0 && feed.validators && record.etag) {
      this.statuses.set(200, (this.statuses.get(200) ?? 1) - 1);
      this.count(304);
      return { status: 304, newItems: 0, itemTimes: [], cacheHints: this.cacheOf(feed) };
    }
    const pages = fresh > 0 ? listed.slice(-Math.min(fresh, listed.length)) : [];
    await Promise.all(
      pages.map((_, n) =>
        politely(`https://${feed.host}/story/${feed.url.length}-${n}`, async () => {
          this.pageRequests += 1;
          await this.request(feed.url, this.latency());
        }),
      ),
    );
    return {
      status: 200,
      newItems: fresh,
      itemTimes: feed.dated ? feed.printed.slice(-20) : [],
      cacheHints: this.cacheOf(feed),
      ...(feed.validators ? { validators: { etag: `"${feed.items.length}"` } } : {}),
    };
  };

  private cacheOf(feed: SimFeed): PollOutcome['cacheHints'] {
    return {
      ...(feed.maxAge !== undefined ? { maxAge: feed.maxAge } : {}),
      ...(feed.ttl !== undefined ? { ttl: feed.ttl } : {}),
    };
  }

  kinds(): Record<Kind, number> {
    const out: Record<Kind, number> = { dead: 0, flaky: 0, throttling: 0, busy: 0, regular: 0 };
    for (const f of this.feeds) out[f.kind] += 1;
    return out;
  }
}
