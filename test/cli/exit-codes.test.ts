import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../functions/local/exit-codes.js';
import { feedwatch } from '../support/run-cli.js';
import { SEEDS_DIR } from '../support/seeds.js';

const BIN = resolve('dist', 'feedwatch.js');
const PAGE = resolve('test/fixtures/global-research/seed-002-en.html');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'feedwatch-exit-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('exit codes: one meaning each', () => {
  it('ends with 0 when everything asked was done, and for --help', async () => {
    expect((await feedwatch(['normalize', PAGE])).code).toBe(EXIT.ok);
    expect((await feedwatch(['replay', '--help'])).code).toBe(EXIT.ok);
  });

  it.each([
    ['an unknown option', ['replay', SEEDS_DIR, '--bogus'], "unknown option '--bogus'"],
    ['a missing argument', ['replay'], "missing required argument 'paths'"],
    [
      'a bad --concurrency (it was 2)',
      ['replay', SEEDS_DIR, '--concurrency', '0'],
      '--concurrency takes a whole number',
    ],
    ['an unknown --profile', ['normalize', PAGE, '--profile', 'nope'], "argument 'nope' is invalid"],
    ['an unknown command', ['pol'], "unknown command 'pol'"],
  ])('ends with 1 for a usage mistake: %s', async (_label, args, message) => {
    const r = await feedwatch(args);
    expect(r.code).toBe(EXIT.failed);
    expect(r.stderr).toContain(message);
  });

  it.each([
    ['a missing path', ['replay', join(SEEDS_DIR, 'nope.txt'), '--store', 'memory'], 'no such file or directory'],
    ['a --url that is not http(s)', ['normalize', PAGE, '--url', 'ftp://x/'], '--url ftp://x/ is not an http(s) URL'],
    ['a --feed that is not http(s)', ['poll', '--feed', 'file:///etc/passwd', '--store', 'memory'], 'not an http(s)'],
  ])('ends with 1 for bad input: %s', async (_label, args, message) => {
    const r = await feedwatch(args);
    expect(r.code).toBe(EXIT.failed);
    expect(r.stderr).toContain(message);
  });

  it('ends with 1 for a config that is not JSON', async () => {
    const bad = join(work, 'bad.json');
    await writeFile(bad, '{ feeds: ');
    const r = await feedwatch(['replay', SEEDS_DIR, '--config', bad, '--store', 'memory']);
    expect(r.code).toBe(EXIT.failed);
    expect(r.stdout).toBe('');
  });

  it('ends with 2 when a feed fails and the run goes on (an IPv4-compatible loopback address)', async () => {
    const r = await feedwatch(['poll', '--feed', 'http://[::127.0.0.1]/feed', '--store', 'memory', '--json']);
    expect(r.code).toBe(EXIT.partial);
    expect(r.stderr).toContain('IPv4-compatible address [::7f00:1] (carries 127.0.0.1)');
    expect(r.stdout).toContain('"type":"summary"');
  });

  it('ends with 2 when normalize skips a page it cannot read, after printing the others', async () => {
    const binary = join(work, 'image.html');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const r = await feedwatch(['normalize', binary, PAGE, '--json']);
    expect(r.code).toBe(EXIT.partial);
    expect(r.stderr).toBe(`feedwatch: skipped ${binary}: binary file (contains NUL bytes)\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('normalizes a UTF-16 page without a byte-order mark rather than skipping it as binary', async () => {
    const utf16 = join(work, 'utf16.html');
    await writeFile(
      utf16,
      Buffer.from('<html><head><title>Raqqa</title></head><body><p>Raqqa</p></body></html>', 'utf16le'),
    );
    const r = await feedwatch(['normalize', utf16]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('Raqqa');
  });
});

/** Runs the command line with its stdout's read end closed before it writes, as `| head` does after its lines. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stderr }));
  });
}

describe('a reader that closes the output early (feedwatch replay seeds | head -3)', () => {
  it('ends quietly with 0: no EPIPE stack trace', async () => {
    const r = await runWithClosedStdout(['replay', SEEDS_DIR, '--store', 'memory']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
  });
});
