import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Each Lambda bundled as the stack bundles it (esbuild, minified, CommonJS,
 * the runtime's AWS SDK left out), its size, and the time a fresh Node
 * process takes to load it and run its cold-start code: a stand-in for the
 * function's init.
 */
const OUT = resolve('bench', '.out', 'lambda');
mkdirSync(OUT, { recursive: true });

/** The operator config as the stack bundles it beside each function. */
const CONFIG = join(OUT, 'feedwatch-config.json');
writeFileSync(CONFIG, JSON.stringify({ feeds: [{ url: 'https://www.globalresearch.ca/feed' }] }));

const ENV: Record<string, string> = {
  TABLE_NAME: 'feedwatch',
  TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:feedwatch-alerts',
  OPERATORS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:feedwatch-operators',
  CLAIM_LEASE_MS: '240000',
  QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/feedwatch-feeds.fifo',
  FEEDWATCH_CONFIG_FILE: CONFIG,
  AWS_REGION: 'eu-west-1',
  POWERTOOLS_METRICS_NAMESPACE: 'feedwatch',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

function importMs(file: string): number {
  const script = `const t = process.hrtime.bigint(); require(${JSON.stringify(file)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const runs = Array.from({ length: 5 }, () =>
    Number(
      execFileSync(process.execPath, ['-e', script], { env: { ...process.env, ...ENV }, encoding: 'utf8' }).trim(),
    ),
  );
  return runs.sort((a, b) => a - b)[2] as number;
}

export async function runLambdaBench(): Promise<void> {
  console.log(
    'Lambda bundles (as the stack builds them; the AWS SDK comes with the runtime): size and cold-start import time (median of 5 fresh processes).',
  );
  for (const name of ['schedule', 'poll-worker', 'alert', 'digest']) {
    const outfile = join(OUT, `${name}.cjs`);
    await build({
      entryPoints: [`functions/handlers/${name}.ts`],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      minify: true,
      external: ['@aws-sdk/*'],
      logLevel: 'error',
    });
    const kb = statSync(outfile).size / 1024;
    console.log(
      `  ${name.padEnd(11)} ${kb.toFixed(0).padStart(5)} KB   import ${importMs(outfile).toFixed(0).padStart(4)} ms   (targets: <= 500 KB, <= 150 ms)`,
    );
  }
  const mini = await bundledKb("export { parseOperatorConfig } from './functions/core/config/operator-config.ts';");
  const classic = await bundledKb(
    "import { z } from 'zod'; export const parse = (v) => z.strictObject({ url: z.url(), email: z.email() }).parse(v);",
  );
  console.log(
    `  The config schema, which the handlers validate with: ${mini.toFixed(0)} KB on zod/mini with English messages; zod's classic build costs ${classic.toFixed(0)} KB for a two-field schema.`,
  );
}

/** The minified size of a module that bundles the given source. */
async function bundledKb(contents: string): Promise<number> {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return (out.outputFiles[0]?.contents.length ?? 0) / 1024;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) await runLambdaBench();
