import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export const SEED_FILES = readdirSync(SEEDS_DIR).sort();

/** The text of a seed by its number: seed(3) is 003_....txt. */
export function seed(n: number): string {
  const name = SEED_FILES.find((f) => f.startsWith(String(n).padStart(3, '0')));
  if (!name) throw new Error(`no seed ${n}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}
