import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDamageInLog, findLogDamage } from '../../functions/adapters/dynamodb/leveldb-log.js';

const BLOCK = 32 * 1024;
let dir: string;
let log: Buffer;

/** A real LevelDB log: small records, and large ones that LevelDB splits across 32 KiB blocks. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feedwatch-leveldb-'));
  const db = new ClassicLevel(join(dir, 'db'));
  await db.open();
  for (let i = 0; i < 50; i += 1) await db.put(`small-${i}`, `value ${i}`);
  for (let i = 0; i < 4; i += 1) await db.put(`large-${i}`, String(i).repeat(50_000));
  for (let i = 0; i < 50; i += 1) await db.put(`tail-${i}`, `value ${i}`);
  await db.close();
  const name = (await readdir(join(dir, 'db'))).find((f) => f.endsWith('.log')) ?? '';
  log = await readFile(join(dir, 'db', name));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const changed = (at: number, bytes: Buffer): Buffer => {
  const copy = Buffer.from(log);
  bytes.copy(copy, at);
  return copy;
};

describe('findDamageInLog', () => {
  it('finds nothing in a log LevelDB wrote, across blocks', async () => {
    expect(log.length).toBeGreaterThan(6 * BLOCK);
    expect(findDamageInLog(log)).toBeUndefined();
    expect(await findLogDamage(join(dir, 'db'))).toBeUndefined();
  });

  it('finds 200 overwritten bytes in the middle of a record', () => {
    const damage = findDamageInLog(changed(3 * BLOCK + 1000, Buffer.alloc(200, 0x41)), '000003.log');
    expect(damage).toMatchObject({ file: '000003.log', reason: 'checksum mismatch' });
    expect(damage?.offset).toBeGreaterThanOrEqual(3 * BLOCK);
    expect(damage?.offset).toBeLessThan(3 * BLOCK + 1200);
  });

  it('finds one flipped bit in the first record', () => {
    const copy = Buffer.from(log);
    copy[10] = (copy[10] ?? 0) ^ 1;
    expect(findDamageInLog(copy)).toEqual({ file: 'log', offset: 0, reason: 'checksum mismatch' });
  });

  it('finds a record length that runs past its block, before the last block', () => {
    // The first record's length field, made larger than a block.
    expect(findDamageInLog(changed(4, Buffer.from([0xff, 0xff])))).toMatchObject({
      offset: 0,
      reason: 'bad record length',
    });
  });

  it('takes a log cut short in its last block as a writer that died mid-write, as LevelDB does', () => {
    for (const cut of [1, 7, 100, 1000]) expect(findDamageInLog(log.subarray(0, log.length - cut))).toBeUndefined();
  });

  it('finds a block of zeros in the middle of the log, which LevelDB would skip unsaid', () => {
    const damage = findDamageInLog(changed(2 * BLOCK, Buffer.alloc(BLOCK, 0)));
    expect(damage).toMatchObject({ offset: 2 * BLOCK });
    expect(damage?.reason).toMatch(/error in middle of record|zeroed bytes before the end of the log/);
  });

  it('takes zeros at the end of the log as space given but not written when the process died', () => {
    expect(findDamageInLog(Buffer.concat([log, Buffer.alloc(5000, 0)]))).toBeUndefined();
  });
});
