import { Command, CommanderError, Option } from 'commander';
import { runReplay } from '../functions/local/replay-command.js';

// The Lambdas run on a current Node; a developer's Node 20 is fine for the local edges.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const program = new Command()
  .name('feedwatch')
  .description('News-watch pipeline: normal-form articles to a DynamoDB store and alerts on watched places and actors.')
  .showHelpAfterError('(run feedwatch --help for usage)')
  .exitOverride();

program
  .command('replay')
  .description('replay normal-form article files through the local handler on the embedded store')
  .argument('<paths...>', 'files or folders of normal-form articles')
  .option('--watch <name>', 'watch this place, actor or term instead of the default list (repeatable)', collect)
  .option('--store <memory|dir>', 'embedded store: "memory", or a folder to keep it in', '.feedwatch')
  .option('--outbox <file>', 'append alerts as JSON lines to this file (default: outbox.jsonl in the store folder)')
  .option('--json', 'print one JSON object per line instead of text')
  .addOption(new Option('--concurrency <n>', 'articles worked on at once').default(64).argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 256) throw new CommanderError(2, 'feedwatch.concurrency', `--concurrency takes a whole number from 1 to 256, not "${v}"`);
    return n;
  }))
  .action(async (paths: string[], opts: { watch?: string[]; store: string; outbox?: string; json?: boolean; concurrency: number }) => {
    process.exitCode = await runReplay(paths, opts);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander printed its own message (or the help) already.
    if (error.code === 'feedwatch.concurrency') process.stderr.write(`feedwatch: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`feedwatch: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
