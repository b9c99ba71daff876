import { execFileSync } from 'node:child_process';

/** The end-to-end tests run the command line as users do: the built bin. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}
