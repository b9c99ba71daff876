import { readFileSync, statSync } from 'node:fs';
import { decodeBody } from '../adapters/http/decode-body.js';
import { utf16or32 } from '../adapters/http/unicode-forms.js';
import { expandPaths } from '../adapters/local/read-article-files.js';
import { canonicalUrl } from '../core/feeds/canonical-url.js';
import type { OutletProfile } from '../core/html/outlet-profiles.js';
import { pageToArticle } from '../core/html/page-to-article.js';
import { renderNormalForm } from '../core/normal-form/render-normal-form.js';
import { EXIT } from './exit-codes.js';

export interface NormalizeOptions {
  url?: string;
  profile?: OutletProfile;
  json?: boolean;
}

const out = (s: string): boolean => process.stdout.write(s);
const err = (s: string): boolean => process.stderr.write(s);

/** Pages larger than this are not articles. */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** `feedwatch normalize`: prints each page's normal form, or one Article per line with --json; a page it cannot read is skipped and makes the exit code EXIT.partial. */
export async function runNormalize(paths: readonly string[], opts: NormalizeOptions): Promise<number> {
  const url = opts.url === undefined ? undefined : canonicalUrl(opts.url);
  if (opts.url !== undefined && !url) {
    err(`feedwatch: --url ${opts.url} is not an http(s) URL\n`);
    return EXIT.failed;
  }
  // A missing page throws: the command line says it in one line.
  const files = await expandPaths(paths);
  let skipped = 0;
  for (const [i, file] of files.entries()) {
    let bytes: Buffer;
    try {
      if (statSync(file).size > MAX_PAGE_BYTES) throw new Error('file too large');
      bytes = readFileSync(file);
    } catch (error) {
      err(`feedwatch: skipped ${file}: ${(error as Error).message}\n`);
      skipped += 1;
      continue;
    }
    if (bytes.subarray(0, 4096).includes(0) && !utf16or32(bytes)) {
      err(`feedwatch: skipped ${file}: binary file (contains NUL bytes)\n`);
      skipped += 1;
      continue;
    }
    const article = pageToArticle(decodeBody(bytes), {
      ...(url ? { url } : {}),
      ...(opts.profile ? { profile: opts.profile } : {}),
    });
    if (opts.json) {
      out(`${JSON.stringify({ file, ...article })}\n`);
    } else {
      if (files.length > 1) out(`${i > 0 ? '\n' : ''}==> ${file} <==\n`);
      out(renderNormalForm(article));
    }
  }
  return skipped > 0 ? EXIT.partial : EXIT.ok;
}
