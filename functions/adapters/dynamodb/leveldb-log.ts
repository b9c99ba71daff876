import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Crc32c } from '@aws-crypto/crc32c';

/**
 * LevelDB's write-ahead log, read the way its recovery reads it, to find the
 * damage that recovery would pass over: LevelDB (as classic-level opens it,
 * without paranoid checks) drops a record whose checksum fails and goes on,
 * and the embedded store would come up without those items, saying nothing.
 * Read before LevelDB opens the folder, since its first open rewrites the log
 * into a table and the damage can no longer be seen.
 *
 * The format: 32 KiB blocks of records, each with a 7-byte header (masked
 * CRC-32C of type and data, little-endian length, type) and a record split
 * into FIRST, MIDDLE and LAST fragments when it crosses a block.
 */
const BLOCK = 32 * 1024;
const HEADER = 7;
const ZERO = 0;
const FULL = 1;
const FIRST = 2;
const MIDDLE = 3;
const LAST = 4;
const MASK_DELTA = 0xa282ead8;

export interface LogDamage {
  file: string;
  /** Byte offset of the record found damaged. */
  offset: number;
  reason: string;
}

/** LevelDB stores its CRCs rotated and offset, so that a CRC of data holding CRCs is not ambiguous. */
const mask = (crc: number): number => (((crc >>> 15) | (crc << 17)) + MASK_DELTA) >>> 0;

function recordCrc(log: Buffer, at: number, length: number): number {
  return new Crc32c().update(log.subarray(at + 6, at + HEADER + length)).digest();
}

function isZeroFrom(log: Buffer, at: number): boolean {
  for (let i = at; i < log.length; i += 1) if (log[i] !== 0) return false;
  return true;
}

/**
 * The first damage in one log's bytes, or undefined. A record cut short in
 * the file's last block is what a writer that died mid-write leaves, and
 * LevelDB's recovery drops it as expected, so it is not damage.
 */
export function findDamageInLog(log: Buffer, file = 'log'): LogDamage | undefined {
  let inRecord = false;
  for (let block = 0; block < log.length; block += BLOCK) {
    const end = Math.min(block + BLOCK, log.length);
    const lastBlock = end - block < BLOCK;
    // Fewer than a header's bytes left in a block are its zero trailer.
    for (let at = block; end - at >= HEADER; ) {
      const length = log.readUInt16LE(at + 4);
      const type = log[at + 6];
      const damage = (reason: string): LogDamage => ({ file, offset: at, reason });
      if (HEADER + length > end - at) {
        if (lastBlock) return undefined;
        return damage('bad record length');
      }
      if (type === ZERO && length === 0) {
        // Zeros to the end of the file are space a file system had given but not yet written when the
        // process died. Elsewhere, LevelDB would skip the rest of the block and the records in it unsaid:
        // its writer here (no preallocation) never leaves zeros before its last record.
        if (isZeroFrom(log, at)) return undefined;
        return damage(inRecord ? 'error in middle of record' : 'zeroed bytes before the end of the log');
      }
      if (mask(recordCrc(log, at, length)) !== log.readUInt32LE(at)) return damage('checksum mismatch');
      if (type === FULL || type === FIRST) {
        if (inRecord) return damage('partial record without end');
        inRecord = type === FIRST;
      } else if (type === MIDDLE || type === LAST) {
        if (!inRecord) return damage('missing start of fragmented record');
        inRecord = type === MIDDLE;
      } else return damage(`unknown record type ${type}`);
      at += HEADER + length;
    }
  }
  return undefined;
}

/** The first damage in the write-ahead logs of the LevelDB database in `folder`, or undefined. */
export async function findLogDamage(folder: string): Promise<LogDamage | undefined> {
  const logs = (await readdir(folder)).filter((name) => name.endsWith('.log')).sort();
  for (const name of logs) {
    const damage = findDamageInLog(await readFile(join(folder, name)), name);
    if (damage) return damage;
  }
  return undefined;
}
