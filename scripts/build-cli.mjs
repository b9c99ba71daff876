// Bundles the command line into dist/feedwatch.js: our code bundled, packages
// left to node_modules, so `npx feedwatch` starts without a TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: { feedwatch: 'bin/feedwatch.ts' },
  outdir: 'dist',
  // One chunk per command, loaded when that command runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
