/**
 * Splits normal-form text into blocks (paragraphs) at blank lines. Blocks keep
 * their inner line breaks and indentation: the plain shape marks its page
 * chrome by indenting it.
 */
export function splitBlocks(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, '')
      // Control characters (a stray ESC or BEL) would reach terminals and mail bodies; tabs and line ends stay.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      .split(/\n[ \t]*\n/)
      .map((b) => b.replace(/^\n+/, '').replace(/\s+$/, ''))
      .filter((b) => b.trim().length > 0)
  );
}

/** A block's lines joined into one paragraph of prose. */
export function joinLines(block: string): string {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(' ');
}
