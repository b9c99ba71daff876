/** `[text](target)`; the target is `#` for ordinary links and kept for mailto. */
const LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;
/** `<http://...>` as the normal form writes bare URLs. */
const BARE_URL = /<((?:https?|ftp):\/\/[^>\s]+|mailto:[^>\s]+)>/g;
/** `*italic*` and `**bold**` spans that open and close on word edges. */
const EMPHASIS = /(^|[\s(["“])(\*{1,2})(?=\S)([^*\n]*?\S)\2(?=$|[\s.,;:!?)\]"”])/g;

/** The text a reader sees: link texts, bare URLs without brackets, no emphasis marks. */
export function stripMarkup(text: string): string {
  return text
    .replace(LINK, (_m, label: string) => label)
    .replace(BARE_URL, (_m, url: string) => url)
    .replace(EMPHASIS, (_m, lead: string, _stars: string, inner: string) => lead + inner);
}

/**
 * The names listed on a chrome line such as `Theme: [Terrorism](#), [US NATO War Agenda](#)`.
 * One link may carry several comma-separated names (`[Terrorism, US NATO War Agenda](#)`).
 */
export function listedNames(text: string): string[] {
  const names = stripMarkup(text)
    .split(/\s*[,;]\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return [...new Set(names)];
}

/** Writes names back as the seeds do: one link each. */
export function renderLinks(names: readonly string[]): string {
  return names.map((n) => `[${n}](#)`).join(', ');
}
