import { Command, CommanderError, Option } from 'commander';
import { OUTLET_PROFILES } from '../functions/core/html/outlet-profiles.js';
import { EXIT } from '../functions/local/exit-codes.js';
import type { DigestOptions } from '../functions/local/digest-command.js';
import type { FeedOptions } from '../functions/local/feed-command.js';
import type { FeedsOptions } from '../functions/local/feeds-command.js';
import type { NormalizeOptions } from '../functions/local/normalize-command.js';
import type { PollOptions } from '../functions/local/poll-command.js';
import type { ReplayOptions } from '../functions/local/replay-command.js';

// The Lambdas run on a current Node; a developer's Node 20 is fine for the local edges.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const program = new Command()
  .name('feedwatch')
  .description(
    'News-watch pipeline: articles from feeds and files to a DynamoDB store, and alerts on watched places and actors.',
  )
  .showHelpAfterError('(run feedwatch --help for usage)')
  .exitOverride();

const storeOption = (): Option =>
  new Option('--store <memory|dir>', 'embedded store: "memory", or a folder to keep it in').default('.feedwatch');
const watchOption = (): Option =>
  new Option('--watch <name>', 'watch this place, actor or term instead of the configured list (repeatable)').argParser(
    collect,
  );
const repairOption = (): Option =>
  new Option('--repair', 'repair a damaged store folder, keeping what LevelDB can read, before the run');
const configOption = (): Option =>
  new Option('--config <file>', 'operator config (default: config/feedwatch.json if present)');

program
  .command('replay')
  .description('replay normal-form article files through the local handler on the embedded store')
  .argument('<paths...>', 'files or folders of normal-form articles')
  .addOption(watchOption())
  .addOption(storeOption())
  .addOption(repairOption())
  .addOption(configOption())
  .option('--outbox <file>', 'append alerts as JSON lines to this file (default: outbox.jsonl in the store folder)')
  .option('--json', 'print one JSON object per line instead of text')
  .option('--max-age <age>', 'alert only articles published within this age, such as "3 days" (default: all)')
  .addOption(
    new Option('--concurrency <n>', 'articles worked on at once').default(64).argParser((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 256)
        throw new CommanderError(
          EXIT.failed,
          'feedwatch.usage',
          `--concurrency takes a whole number from 1 to 256, not "${v}"`,
        );
      return n;
    }),
  )
  .action(async (paths: string[], opts: ReplayOptions) => {
    // Each command loads its own code: `normalize` need not start the AWS SDK.
    const { runReplay } = await import('../functions/local/replay-command.js');
    process.exitCode = await runReplay(paths, opts);
  });

program
  .command('poll')
  .description('poll outlet feeds: store new articles in the normal form, alert on watches')
  .addOption(
    new Option('--feed <url>', 'poll this feed instead of the configured ones (repeatable)').argParser(collect),
  )
  .addOption(watchOption())
  .addOption(storeOption())
  .addOption(repairOption())
  .addOption(configOption())
  .option('--outbox <file>', 'append alerts as JSON lines to this file (default: outbox.jsonl in the store folder)')
  .option('--json', 'print one JSON object per line instead of text')
  .option(
    '--allow-private',
    'let feeds and pages on loopback and private addresses through (local test servers); the cloud metadata address stays refused',
  )
  .action(async (opts: PollOptions) => {
    const { runPoll } = await import('../functions/local/poll-command.js');
    process.exitCode = await runPoll(opts);
  });

program
  .command('digest')
  .description('send the digests due now to the subscribers who take them hourly, daily or weekly')
  .addOption(configOption())
  .addOption(storeOption())
  .option('--now <iso>', 'send the digests due at this time instead of now, such as 2026-11-30T07:00:00Z')
  .option('--outbox <file>', 'append digests as JSON lines to this file (default: outbox.jsonl in the store folder)')
  .option('--json', 'print one JSON object per line instead of text')
  .action(async (opts: DigestOptions) => {
    const { runDigest } = await import('../functions/local/digest-command.js');
    process.exitCode = await runDigest(opts);
  });

program
  .command('normalize')
  .description("print a saved web page's normal form")
  .argument('<pages...>', 'HTML files')
  .option('--url <url>', 'the URL the page came from (chooses the outlet profile, gives the article its id)')
  .addOption(new Option('--profile <name>', 'outlet profile to use').choices(OUTLET_PROFILES))
  .option('--json', 'print one Article per page, one JSON object per line')
  .action(async (pages: string[], opts: NormalizeOptions) => {
    const { runNormalize } = await import('../functions/local/normalize-command.js');
    process.exitCode = await runNormalize(pages, opts);
  });

// A reader that stops early (`feedwatch replay seeds | head -3`) closes the pipe: stop quietly, as a
// Unix tool that SIGPIPE ends does, instead of a stack trace for every write after it.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
}
program
  .command('feed')
  .description('print feeds as the poller reads them: items, addresses, ids, dates, and the entries it leaves out')
  .argument('<feeds...>', 'feed files, or http(s) URLs to fetch')
  .option('--url <url>', 'the address the files were fetched from (the base for their relative links)')
  .option('--content-type <value>', 'the Content-Type header the files came with (for their charset)')
  .option('--json', 'print one JSON object per line: a feed line, then its items, or a feed-error line')
  .option('--allow-private', 'let URLs on loopback and private addresses through (local test servers)')
  .action(async (feeds: string[], opts: FeedOptions) => {
    const { runFeed } = await import('../functions/local/feed-command.js');
    process.exitCode = await runFeed(feeds, opts);
  });

program
  .command('feeds')
  .description('list the feeds of the store with their health: ok, failing or disabled, and why')
  .addOption(storeOption())
  .addOption(configOption())
  .option('--json', 'print one JSON object per feed, then a summary line')
  .action(async (opts: FeedsOptions) => {
    const { runFeeds } = await import('../functions/local/feeds-command.js');
    process.exitCode = await runFeeds(opts);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander printed its own message (or the help) already, except for ours.
    if (error.code === 'feedwatch.usage') process.stderr.write(`feedwatch: ${error.message}\n`);
    // Help and --version end with 0; every usage mistake is a failure of the one kind.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.failed;
  } else {
    process.stderr.write(`feedwatch: ${(error as Error).message}\n`);
    process.exitCode = EXIT.failed;
  }
}
