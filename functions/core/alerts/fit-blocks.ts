import { byteLength } from './compose-alert.js';

/**
 * As many blocks as fit in `budget` bytes, whole and in order; when the rest
 * do not fit, a last line from `rest(left)` counts them instead (a message
 * SNS would refuse loses nothing silently, and nothing is cut mid-way).
 */
export function fitBlocks(blocks: readonly string[], budget: number, rest: (left: number) => string): string {
  const kept: string[] = [];
  let left = budget;
  for (const [i, block] of blocks.entries()) {
    const more = rest(blocks.length - i);
    if (byteLength(block) + byteLength(more) > left) {
      kept.push(more);
      break;
    }
    kept.push(block);
    left -= byteLength(block);
  }
  return kept.join('');
}
