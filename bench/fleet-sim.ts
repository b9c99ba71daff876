import { parseArgs } from 'node:util';
import { createHostGate, DEFAULT_POLITENESS } from '../functions/core/schedule/host-gate.js';
import type { FeedNotice } from '../functions/core/schedule/next-check.js';
import { workFeedBatch } from '../functions/core/schedule/poll-worker.js';
import { runScheduleCycle } from '../functions/core/schedule/schedule-cycle.js';
import { schedulePolicy } from '../functions/core/schedule/schedule-policy.js';
import { syncFeeds } from '../functions/core/schedule/sync-feeds.js';
import { iso } from '../functions/core/schedule/time.js';
import { formatCost, monthlyCost, type RunCounts } from './fleet/cost.js';
import { Prng } from './fleet/prng.js';
import { SimLambda } from './fleet/sim-lambda.js';
import { SimFifoQueue } from './fleet/sim-queue.js';
import { SimWeb } from './fleet/sim-web.js';
import { TimedRegistry } from './fleet/timed-registry.js';
import { VirtualClock } from './fleet/virtual-clock.js';

/**
 * `npm run bench:fleet -- --feeds 7000 --hours 6`: the real scheduler cycle
 * and worker batch code on a virtual clock, against a simulated FIFO queue,
 * Lambda event source and web. Prints figures, then one JSON line.
 */
const { values: a } = parseArgs({
  options: {
    feeds: { type: 'string', default: '7000' },
    hours: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    'max-concurrency': { type: 'string', default: '50' },
    'batch-size': { type: 'string', default: '10' },
    'per-host': { type: 'string', default: String(DEFAULT_POLITENESS.perHost) },
    'min-gap-ms': { type: 'string', default: String(DEFAULT_POLITENESS.minGapMs) },
    'worker-memory': { type: 'string', default: '512' },
    'scheduler-memory': { type: 'string', default: '512' },
    dead: { type: 'string', default: '0.03' },
    flaky: { type: 'string', default: '0.02' },
    throttling: { type: 'string', default: '0.02' },
    busy: { type: 'string', default: '0.05' },
    'crash-rate': { type: 'string', default: '0.001' },
    shards: { type: 'string', default: '4' },
    backlog: { type: 'boolean', default: false },
  },
  strict: true,
});

function num(name: keyof typeof a, min: number, max: number): number {
  const value = Number(a[name]);
  if (!Number.isFinite(value) || value < min || value > max) {
    console.error(`--${name} must be a number from ${min} to ${max}, not ${String(a[name])}`);
    process.exit(2);
  }
  return value;
}

const feeds = Math.round(num('feeds', 1, 200_000));
const hours = num('hours', 0.25, 24 * 31);
const seed = Math.round(num('seed', 0, 2 ** 31));
const maxConcurrency = Math.round(num('max-concurrency', 1, 1000));
const batchSize = Math.round(num('batch-size', 1, 10));
const perHost = Math.round(num('per-host', 1, 100));
const minGapMs = num('min-gap-ms', 0, 60_000);
const workerMemory = num('worker-memory', 128, 10_240);
const schedulerMemory = num('scheduler-memory', 128, 10_240);
const shards = Math.round(num('shards', 1, 100));

const wallStart = performance.now();
const START = Date.parse('2026-03-02T00:00:00.000Z');
const END = START + hours * 3_600_000;
const WARMUP = hours > 1 ? START + 3_600_000 : START;
// Timers fire on 10 ms steps: lags and gaps are measured to 10 ms, at a fifth of the cost.
const clock = new VirtualClock(START, Number(process.env['FLEET_RES'] ?? 10));
const now = (): string => iso(clock.now);
const policy = schedulePolicy();
const rng = new Prng(seed ^ 0x5eed);

const web = new SimWeb(
  clock,
  {
    feeds,
    dead: num('dead', 0, 1),
    flaky: num('flaky', 0, 1),
    throttling: num('throttling', 0, 1),
    busy: num('busy', 0, 1),
    bigHosts: [
      [4, Math.min(250, Math.floor(feeds / 28))],
      [40, Math.min(25, Math.floor(feeds / 280))],
    ],
    backlog: a.backlog ?? false,
    latencyMs: [300, 3000],
  },
  seed,
);
const registry = new TimedRegistry(clock, shards);
await syncFeeds(
  registry.inner,
  web.feeds.map((f) => ({ url: f.url })),
  now(),
  policy,
);
// A worker's function timeout of 60 s; SQS wants a visibility timeout of six times that.
const queue = new SimFifoQueue(clock, 20, 6 * 60_000);
const notices: FeedNotice[] = [];
const lambda = new SimLambda(
  clock,
  queue,
  {
    maxConcurrency,
    batchSize,
    coldStartMs: 400,
    pickupMs: [20, 250],
    crashRate: num('crash-rate', 0, 1),
    idleMs: 10 * 60_000,
  },
  (messages) =>
    workFeedBatch(messages, {
      registry,
      pollOne: web.pollOne,
      // One gate per invocation: the FIFO group (the host) puts all of a host's checks in flight in one batch.
      politely: createHostGate({ perHost, minGapMs, clock: () => clock.now, sleep: (ms) => clock.sleep(ms) }),
      now,
      policy,
      notify: async (notice) => {
        await clock.sleep(20);
        notices.push(notice);
      },
    }),
  seed + 1,
);

const scheduler = { invocations: 0, billedMs: 0, maxMs: 0, skipped: 0, running: false, sent: 0 };
for (let t = START; t < END; t += policy.tickMs) {
  clock.at(t + rng.uniform(100, 2000), () => {
    if (scheduler.running) {
      scheduler.skipped += 1;
      return;
    }
    scheduler.running = true;
    scheduler.invocations += 1;
    const began = clock.now;
    void runScheduleCycle({ registry, queue, now, policy }).then((report) => {
      const took = clock.now - began + 30;
      scheduler.billedMs += Math.ceil(took);
      scheduler.maxMs = Math.max(scheduler.maxMs, took);
      scheduler.sent += report.sent;
      scheduler.running = false;
    });
  });
}

interface Snapshot {
  worker: { invocations: number; billedMs: number };
  scheduler: { invocations: number; billedMs: number };
  sqs: { sendCalls: number; receiveCalls: number; deleteCalls: number };
  dynamo: { dueQueries: number; dueEntriesRead: number; gets: number; leaseWrites: number; stateWrites: number };
  notices: number;
}
const snapshot = (): Snapshot => ({
  worker: { invocations: lambda.invocations, billedMs: lambda.billedMs },
  scheduler: { invocations: scheduler.invocations, billedMs: scheduler.billedMs },
  sqs: { sendCalls: queue.sendCalls, receiveCalls: queue.receiveCalls, deleteCalls: queue.deleteCalls },
  dynamo: {
    dueQueries: registry.dueQueries,
    dueEntriesRead: registry.dueEntriesRead,
    gets: registry.gets,
    leaseWrites: registry.leaseWrites,
    stateWrites: registry.stateWrites,
  },
  notices: notices.length,
});

await clock.runUntil(WARMUP);
const warm = snapshot();
await clock.runUntil(END);
const end = snapshot();

const diff = <T extends Record<string, number>>(x: T, y: T): T =>
  Object.fromEntries(Object.keys(x).map((k) => [k, (x[k] as number) - (y[k] as number)])) as T;

const records = await registry.inner.all();
// An item's size: its attributes as JSON roughly, plus pk, type and dueShard.
const recordBytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0) / Math.max(1, records.length) + 64;
const costHours = (END - WARMUP) / 3_600_000;
const counts: RunCounts = {
  hours: costHours,
  worker: { ...diff(end.worker, warm.worker), memoryMb: workerMemory },
  scheduler: { ...diff(end.scheduler, warm.scheduler), memoryMb: schedulerMemory },
  sqs: { ...diff(end.sqs, warm.sqs), idlePollsPerMinute: 15 },
  dynamo: {
    ...diff(end.dynamo, warm.dynamo),
    recordKb: recordBytes / 1024,
    // The due index projects whole records (ALL): the scheduler reads them without a second read.
    indexEntryBytes: recordBytes,
  },
  notices: end.notices - warm.notices,
  noticeEmails: end.notices - warm.notices,
};
const cost = monthlyCost(counts);

// Checks due a minute or more before the end that never started count as late.
let pendingLate = 0;
for (const r of records) {
  const dueAt = Date.parse(r.lease?.dueAt ?? r.nextCheckAt);
  if (dueAt < END - 60_000 && !web.started.has(`${r.url}|${r.lease?.id}`)) pendingLate += 1;
}
const lags = [...web.lagsMs].sort((x, y) => x - y);
const pct = (p: number): number => lags[Math.min(lags.length - 1, Math.floor((p / 100) * lags.length))] ?? 0;
const onTime = lags.filter((l) => l <= 60_000).length / Math.max(1, lags.length + pendingLate);
const health = { ok: 0, failing: 0, disabled: 0 };
for (const r of records) health[r.health] += 1;
const intervals = records.map((r) => r.intervalMs / 60_000).sort((x, y) => x - y);
const median = intervals[Math.floor(intervals.length / 2)] ?? 0;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const kinds = web.kinds();

console.log(
  `Fleet simulation: ${feeds} feeds on ${new Set(web.feeds.map((f) => f.host)).size} hosts (${kinds.dead} dead, ${kinds.flaky} flaky, ${kinds.throttling} answering 429, ${kinds.busy} publishing every 2-5 min), ${hours} h of virtual time, seed ${seed}.`,
);
console.log(
  `  Worker: SQS FIFO (group = host), batch ${batchSize}, max concurrency ${maxConcurrency}, ${workerMemory} MB ARM; politeness ${perHost} per host, starts ${minGapMs} ms apart; latencies 0.3-3 s; ${a.backlog ? 'first checks fetch every listed page' : 'the store already knows the items listed at start'}.`,
);
console.log(
  `  Checks: ${lags.length} (${Math.round(lags.length / hours)}/h; every feed at 15 min would be ${Math.round(feeds * 4)}/h); median interval ${median.toFixed(0)} min.`,
);
console.log(
  `  On time (started within 60 s of due): ${(onTime * 100).toFixed(2)} %   lag p50 ${seconds(pct(50))}  p99 ${seconds(pct(99))}  max ${seconds(lags.at(-1) ?? 0)}   late and never started: ${pendingLate}`,
);
console.log(
  `  Requests: ${web.requests} (feeds ${web.feedRequests}, pages ${web.pageRequests}); statuses ${[...web.statuses].map(([s, n]) => `${s || 'timeout'}:${n}`).join(' ')}`,
);
console.log(
  `  Politeness: most in flight to one host ${web.maxInFlightPerHost} (limit ${perHost}); shortest gap between two starts on one host ${seconds(web.minGapMs)}.`,
);
console.log(
  `  Lambda worker: peak ${lambda.peak} of ${maxConcurrency}, ${lambda.invocations} invocations, ${lambda.coldStarts} cold starts, ${lambda.crashes} died (their messages came back); scheduler: ${scheduler.invocations} ticks, slowest ${seconds(scheduler.maxMs)}, ${scheduler.skipped} skipped.`,
);
console.log(
  `  Feeds at the end: ${health.ok} ok, ${health.failing} failing, ${health.disabled} disabled; ${notices.length} notices; ${queue.duplicatesDropped} duplicate sends dropped by FIFO.`,
);
// The alternative, today's one poller: 4 feeds in flight for 270 s of a 5-minute run, the same latencies, no pages.
const meanLatencyS = (3 - 0.3) / Math.log(3 / 0.3);
const reach = Math.min(feeds, Math.floor((270 * 4) / meanLatencyS));
console.log(
  `  Today's single poller at these latencies (mean ${meanLatencyS.toFixed(2)} s, 4 in flight, 270 s a run, no pages) reaches ${reach} of ${feeds} feeds a run${reach < feeds ? `, the same first ${reach} every run and the rest never` : ''}.`,
);
console.log(
  `  Month at this load (from hour ${(WARMUP - START) / 3_600_000} on, x 730 h / ${costHours} h; feed items of ${recordBytes.toFixed(0)} bytes on average):`,
);
for (const line of cost.lines) console.log(`    ${formatCost(line)}`);
console.log(`    ${'total'.padEnd(22)} ${`$${cost.total.toFixed(2)}`.padStart(9)}`);
console.log(`  (${((performance.now() - wallStart) / 1000).toFixed(1)} s of wall time, ${clock.steps} instants)`);
console.log(
  JSON.stringify({
    type: 'fleet',
    feeds,
    hours,
    onTime: Number(onTime.toFixed(4)),
    p99LagSeconds: Number((pct(99) / 1000).toFixed(1)),
    maxInFlightPerHost: web.maxInFlightPerHost,
    peakWorkers: lambda.peak,
    requests: web.requests,
    disabled: health.disabled,
    costPerMonthUSD: Number(cost.total.toFixed(2)),
  }),
);
