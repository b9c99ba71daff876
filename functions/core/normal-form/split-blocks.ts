/**
 * Splits normal-form text into blocks (paragraphs) at blank lines. Blocks keep
 * their inner line breaks and indentation: the plain shape marks its page
 * chrome by indenting it.
 */
export function splitBlocks(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/^\n+/, '').replace(/\s+$/, ''))
    .filter((b) => b.trim().length > 0);
}

/** A block's lines joined into one paragraph of prose. */
export function joinLines(block: string): string {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(' ');
}
