const PUNCTUATION: Record<string, string> = {
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '″': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '…': '...',
  '•': '*',
  '·': '.',
  '×': 'x',
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

/**
 * Folds text to printable ASCII for places that take nothing else (an SNS
 * subject): accents dropped ("é" to "e"), typographic punctuation made plain,
 * control characters and line breaks turned to spaces, other scripts dropped.
 */
export function foldAscii(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f) out += ch;
    else if (PUNCTUATION[ch] !== undefined) out += PUNCTUATION[ch];
    else if (/\s|\p{Cc}|\p{Cf}/u.test(ch)) out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Cuts text to fewer than `limit` characters, at a word edge, with an ellipsis. */
export function truncate(text: string, limit: number): string {
  if (text.length < limit) return text;
  const room = limit - 4;
  const cut = text.slice(0, room);
  const edge = cut.lastIndexOf(' ');
  return `${(edge > room * 0.6 ? cut.slice(0, edge) : cut).trimEnd()}...`;
}
