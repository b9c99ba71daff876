import { type Dirent, readFileSync, type Stats, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A path the user named that is not there: the run stops before any work. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Larger than any article; a file this big is something else. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A folder inside the input that could not be read: reported, and the rest goes on. */
export interface Unreadable {
  path: string;
  error: string;
}

async function walk(dir: string, unreadable: Unreadable[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    unreadable.push({
      path: dir,
      error: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    });
    return [];
  }
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(path, unreadable)));
    else files.push(path);
  }
  return files;
}

/**
 * The files the user named, folders walked in name order. Every named path
 * must exist (InputError otherwise); a folder inside them that cannot be read
 * is returned apart, so the run can report it and go on.
 */
export async function expandPathsReporting(
  paths: readonly string[],
): Promise<{ files: string[]; unreadable: Unreadable[] }> {
  const unreadable: Unreadable[] = [];
  const files: string[] = [];
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        code === 'ENOENT' ? `no such file or directory: ${path}` : `cannot read ${path} (${code ?? 'error'})`,
      );
    }
    if (info.isDirectory()) files.push(...(await walk(path, unreadable)));
    else files.push(path);
  }
  return { files: [...new Set(files)], unreadable };
}

/** The files only; unreadable folders dropped. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  return (await expandPathsReporting(paths)).files;
}

export type FileText = { ok: true; text: string } | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one normal-form file, or says why it cannot be an article: empty,
 * binary, not UTF-8 text, too large or unreadable. Never throws.
 *
 * Synchronous on purpose: local article files are small, and one blocking
 * read is far cheaper than the five thread-pool round trips of an async one
 * (the replay bench measured the difference).
 */
export function readArticleText(file: string): FileText {
  let bytes: Buffer;
  try {
    const info = statSync(file);
    if (!info.isFile()) return { ok: false, error: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES)
      return { ok: false, error: `file too large (${(info.size / 1048576).toFixed(1)} MB)` };
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, error: `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: 'not UTF-8 text' };
  }
  if (text.trim().length === 0) return { ok: false, error: 'empty file' };
  return { ok: true, text };
}
