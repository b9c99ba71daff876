import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * `npm run bench`: each bench is bundled and run in a fresh Node process (for
 * a clean peak RSS), and its figures are printed beside the alternative's.
 */
const OUT = join('bench', '.out');
mkdirSync(OUT, { recursive: true });

async function bundle(name: string): Promise<string> {
  const outfile = join(OUT, `${name}.mjs`);
  await build({
    entryPoints: [join('bench', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

function runJson(file: string, args: string[]): Record<string, number | string> {
  const out = execFileSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number | string>;
}

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

function runText(file: string): void {
  execFileSync(process.execPath, [file], { stdio: 'inherit' });
}

const matching = await bundle('match-bench');
runText(matching);
console.log('');

const foldRules = await bundle('fold-rules-bench');
runText(foldRules);
console.log('');

const lambdas = await bundle('lambda-bundles');
runText(lambdas);
console.log('');

const extract = await bundle('extract-bench');
runText(extract);
console.log('');

const fitItem = await bundle('fit-item-bench');
runText(fitItem);
console.log('');

const replay = await bundle('replay-bench');
console.log(
  "Replay: 10,000 articles made from the seeds' paragraphs, through parse, store, match and alert on the embedded store (dynalite).",
);
const batched = runJson(replay, ['--count', '10000', '--store', 'disk']);
const conditional = runJson(replay, ['--count', '10000', '--store', 'disk', '--conditional']);
// With subscribers, stories are told apart: on articles that are near-copies of each other that is a
// different workload, so this pair replays distinct stories.
const alone = runJson(replay, ['--count', '10000', '--store', 'disk', '--distinct']);
const subscribed = runJson(replay, ['--count', '10000', '--store', 'disk', '--distinct', '--subscribers', '100']);
const rows = [
  ['embedded store, batched puts (the CLI)', batched],
  ['embedded store, conditional puts (as on AWS)', conditional],
  ['distinct stories, no subscribers', alone],
  ['distinct stories, 100 subscribers (30 on digests)', subscribed],
] as const;
for (const [label, r] of rows) {
  console.log(
    `  ${label.padEnd(50)} ${String(r['articlesPerSecond']).padStart(6)} articles/s   peak RSS ${String(r['peakRssMb']).padStart(4)} MB   alerts ${r['alerts']}   queued ${r['queued']}   main thread busy ${r['mainThreadBusy']}`,
  );
}
console.log(
  `  100 subscribers vs none: ${ratio(Number(subscribed['articlesPerSecond']), Number(alone['articlesPerSecond']))} the throughput, ${ratio(Number(subscribed['peakRssMb']), Number(alone['peakRssMb']))} the peak RSS (each subscriber's message is their own; a story's copies reach them once).`,
);
console.log(
  `  batched vs conditional: ${ratio(Number(batched['articlesPerSecond']), Number(conditional['articlesPerSecond']))} the throughput. Target: >= 1,000 articles/s, <= 200 MB.`,
);

const decode = await bundle('decode-bench');
runText(decode);
console.log('');

const nearDuplicates = await bundle('near-duplicate-bench');
runText(nearDuplicates);
console.log('');

const feeds = await bundle('feedparser-bench');
runText(feeds);
console.log('');

const interrupts = await bundle('interrupt-bench');
runText(interrupts);
