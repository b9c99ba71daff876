/** The names a subject leads with: one, two, or the first two and "+N". */
export function leadNames(names: readonly string[]): string {
  const shown = names.slice(0, 2).join(', ');
  return names.length > 2 ? `${shown} +${names.length - 2}` : shown;
}

/** A list for a sentence, cut after `max` names: "A, B, C and 4 more". */
export function listNames(names: readonly string[], max: number): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
