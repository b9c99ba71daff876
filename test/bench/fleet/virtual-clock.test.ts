import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../bench/fleet/virtual-clock.js';

describe('VirtualClock', () => {
  it('wakes sleepers in time order and lets the code between sleeps run at each instant', async () => {
    const clock = new VirtualClock(1000);
    const seen: string[] = [];
    const worker = async (name: string, ms: number) => {
      await clock.sleep(ms);
      await Promise.resolve();
      seen.push(`${name}@${clock.now}`);
      await clock.sleep(ms);
      seen.push(`${name}@${clock.now}`);
    };
    const all = Promise.all([worker('slow', 300), worker('fast', 100)]);
    await clock.runUntilIdle();
    await all;
    expect(seen).toEqual(['fast@1100', 'fast@1200', 'slow@1300', 'slow@1600']);
  });

  it('rounds timers up to its resolution, never earlier', async () => {
    const clock = new VirtualClock(0, 10);
    let at = -1;
    clock.at(12, () => {
      at = clock.now;
    });
    await clock.runUntil(15);
    expect(at).toBe(-1);
    await clock.runUntil(20);
    expect(at).toBe(20);
  });
});
