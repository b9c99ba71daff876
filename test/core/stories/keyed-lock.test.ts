import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../../functions/core/stories/keyed-lock.js';

/** A task that records when it starts and ends, and ends when told. */
function task(log: string[], name: string) {
  let finish = (): void => {};
  const ended = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    finish,
    run: async () => {
      log.push(`${name} start`);
      await ended;
      log.push(`${name} end`);
      return name;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('KeyedLock', () => {
  it('runs tasks whose keys differ at once', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const a = task(log, 'a');
    const b = task(log, 'b');
    const runs = [lock.run(['k1', 'k2'], a.run), lock.run(['k3'], b.run)];
    await tick();
    expect(log).toEqual(['a start', 'b start']);
    a.finish();
    b.finish();
    expect(await Promise.all(runs)).toEqual(['a', 'b']);
    expect(lock.size).toBe(0);
  });

  it('runs a task sharing any key after the earlier one, even one holding several keys', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const a = task(log, 'a');
    const b = task(log, 'b');
    const c = task(log, 'c');
    const runs = [lock.run(['k1'], a.run), lock.run(['k2'], b.run), lock.run(['k2', 'k1'], c.run)];
    await tick();
    expect(log).toEqual(['a start', 'b start']);
    b.finish();
    await tick();
    expect(log).not.toContain('c start');
    a.finish();
    c.finish();
    await Promise.all(runs);
    expect(log.slice(-2)).toEqual(['c start', 'c end']);
  });

  it('releases its keys when a task fails', async () => {
    const lock = new KeyedLock();
    await expect(lock.run(['k'], () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await lock.run(['k'], async () => 'next')).toBe('next');
    expect(lock.size).toBe(0);
  });
});
