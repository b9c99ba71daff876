import { constants } from 'node:fs';
import { access, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { findLogDamage } from './leveldb-log.js';
import { StoreError } from './store-error.js';

/**
 * Written into a store folder once its table exists: a folder that has it
 * but no database has lost its data, and is not a new store.
 */
export const STORE_MARKER = 'feedwatch-store.json';
const DATABASE = 'dynamodb';

const WAY_OUT = 'Run again with --repair to keep what can be read, or give a new folder with --store.';

/**
 * Makes a folder and its missing parents one by one: Node's recursive mkdir
 * spins forever under some virtual file systems (/proc), and a path through
 * a file should say so.
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? undefined : Promise.reject(error),
    );
    if (info) {
      if (!info.isDirectory()) throw new StoreError(`store folder ${dir} cannot be made: ${at} is a file`);
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) await mkdir(folder);
}

/** Fails before any work when the store folder cannot be made or written. */
async function assertWritableFolder(dir: string): Promise<void> {
  try {
    await makeFolder(dir);
    await access(dir, constants.W_OK);
    // Root passes access(); a real write also catches read-only mounts.
    const probe = join(dir, `.write-probe-${process.pid}`);
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StoreError(`store folder ${dir} is not writable (${code})`);
  }
}

/**
 * Opens and closes the database once: dynalite throws out of its request
 * handler when LevelDB will not open, which would take the process down.
 * 'locked' when another process holds it, the error when LevelDB refuses it.
 */
async function tryOpen(path: string): Promise<'ok' | 'locked' | Error> {
  const db = new ClassicLevel(path);
  try {
    await db.open();
    return 'ok';
  } catch (error) {
    const cause = (error as { cause?: Error & { code?: string } }).cause;
    return cause?.code === 'LEVEL_LOCKED' ? 'locked' : (cause ?? (error as Error));
  } finally {
    await db.close();
  }
}

const nonEmptyFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (info) => info.isFile() && info.size > 0,
    () => false,
  );

/** An empty path would resolve to the current folder and fill it with the store's files. */
export function assertStorePath(dir: string): void {
  if (dir.trim() === '')
    throw new StoreError('store folder is empty: give a folder, or "memory" for a store in memory');
}

/** Fails when another process holds the folder's database. */
export async function assertNotHeld(dir: string): Promise<void> {
  if ((await tryOpen(join(dir, DATABASE))) === 'locked')
    throw new StoreError(`store folder ${dir} is in use by another feedwatch process`);
}

export interface StoreFolderOptions {
  /** Repair a damaged database, keeping what can be read, instead of refusing it. */
  repair?: boolean;
  /** Files that only a store that was used has (the outbox kept in its folder): with no database, it lost its data. */
  traces?: readonly string[];
}

export interface StoreFolder {
  /** The LevelDB folder for dynalite. */
  path: string;
  /** Records that the folder holds a store, once its table exists. */
  markUsed(): Promise<void>;
}

/**
 * Checks a store folder before dynalite opens it: writable, not held by
 * another process, and not damaged. A damaged store is refused with a way
 * out, never opened as it is: LevelDB would drop what it cannot read without
 * a word, or start empty, and every article would be stored and alerted again.
 */
export async function openStoreFolder(dir: string, options: StoreFolderOptions = {}): Promise<StoreFolder> {
  assertStorePath(dir);
  await assertWritableFolder(dir);
  const path = join(dir, DATABASE);
  const marker = join(dir, STORE_MARKER);
  const hasDatabase = await nonEmptyFile(join(path, 'CURRENT'));
  if (!hasDatabase && !options.repair) {
    const traces = [marker, ...(options.traces ?? [])];
    const found = (await Promise.all(traces.map(nonEmptyFile))).flatMap((has, i) => (has ? [traces[i]] : []));
    if (found.length > 0)
      throw new StoreError(
        `store folder ${dir} has lost its database: ${DATABASE}/ is empty or missing, but it was used before ` +
          `(${found.join(', ')}). Starting it empty would store and alert every article again. ` +
          `Run again with --repair to start it empty anyway, or give a new folder with --store.`,
      );
  }
  if (hasDatabase && !options.repair) {
    const damage = await findLogDamage(path);
    if (damage)
      throw new StoreError(
        `store folder ${dir} is damaged: ${DATABASE}/${damage.file} has a ${damage.reason} at byte ${damage.offset}, ` +
          `which LevelDB would drop, with the records around it, without a word. ${WAY_OUT}`,
      );
  }
  let opened = await tryOpen(path);
  if (opened === 'locked') throw new StoreError(`store folder ${dir} is in use by another feedwatch process`);
  if (options.repair && hasDatabase) {
    // LevelDB's repair rebuilds the database from every log and table it can read.
    await ClassicLevel.repair(path);
    opened = await tryOpen(path);
  }
  if (opened instanceof Error)
    throw new StoreError(`store folder ${dir} cannot be opened: ${opened.message}. ${WAY_OUT}`);
  return {
    path,
    markUsed: async () => {
      if (!(await nonEmptyFile(marker)))
        await writeFile(marker, `${JSON.stringify({ store: 'feedwatch', database: DATABASE })}\n`);
    },
  };
}
