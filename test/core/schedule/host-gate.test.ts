import { describe, expect, it } from 'vitest';
import { createHostGate } from '../../../functions/core/schedule/host-gate.js';
import { VirtualClock } from '../../../bench/fleet/virtual-clock.js';

describe('createHostGate', () => {
  it('keeps at most two requests in flight to one host, starts a second apart, other hosts unhindered', async () => {
    const clock = new VirtualClock(0);
    const politely = createHostGate({
      perHost: 2,
      minGapMs: 1000,
      clock: () => clock.now,
      sleep: (ms) => clock.sleep(ms),
    });
    const starts: [string, number][] = [];
    let inFlight = 0;
    let most = 0;
    const request = (url: string) =>
      politely(url, async () => {
        starts.push([url, clock.now]);
        most = Math.max(most, ++inFlight);
        await clock.sleep(3000);
        inFlight -= 1;
      });
    const all = Promise.all([
      request('https://www.big.example/a'),
      request('https://big.example/b'),
      request('https://big.example/c'),
      request('https://small.example/feed'),
    ]);
    await clock.runUntilIdle();
    await all;
    expect(starts).toEqual([
      ['https://www.big.example/a', 0],
      ['https://small.example/feed', 0],
      ['https://big.example/b', 1000],
      ['https://big.example/c', 3000],
    ]);
    expect(most).toBe(3);
  });

  it('holds a quick request until a gap after its start, so the batch ends no sooner than the next may start', async () => {
    const clock = new VirtualClock(0);
    const politely = createHostGate({
      perHost: 2,
      minGapMs: 1000,
      clock: () => clock.now,
      sleep: (ms) => clock.sleep(ms),
    });
    let doneAt = -1;
    const one = politely('https://a.example/feed', () => clock.sleep(200)).then(() => {
      doneAt = clock.now;
    });
    await clock.runUntilIdle();
    await one;
    expect(doneAt).toBe(1000);
  });

  it('refuses a limit below one request', () => {
    expect(() => createHostGate({ perHost: 0, minGapMs: 0, clock: () => 0, sleep: async () => {} })).toThrow(/perHost/);
  });
});
