import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedwatch } from '../support/run-cli.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'feedwatch-charsets-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const PAGE =
  '<html><head><title>Page sans déclaration</title></head><body><h1>Page sans déclaration</h1>' +
  '<p>L’armée syrienne a repris la ville d’Alep après des semaines de combats, et les Forces démocratiques ' +
  'syriennes avancent vers Deir ez-Zor, où l’État islamique résiste encore. « C’est décisif », dit un officier.</p></body></html>';

describe('feedwatch normalize on saved pages in other charsets', () => {
  it('reads a windows-1252 French page that declares no charset: not "Page sans d\ufffdclaration"', async () => {
    const file = join(work, 'cp1252.html');
    await writeFile(file, Buffer.from([...PAGE].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0)))));
    const r = await feedwatch(['normalize', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Page sans déclaration\n/);
    expect(r.stdout).toContain('L’armée syrienne');
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('reads a UTF-8 page with one stray windows-1252 apostrophe', async () => {
    const file = join(work, 'stray.html');
    const [before, after] = PAGE.split('d’Alep');
    await writeFile(file, Buffer.concat([Buffer.from(`${before}d`), Buffer.from([0x92]), Buffer.from(`Alep${after}`)]));
    const r = await feedwatch(['normalize', file]);
    expect(r.stdout).toContain('la ville d’Alep');
  });
});
