/**
 * The command line's exit codes, one meaning each, for every command.
 * 1 covers usage mistakes too: for the user they are the same kind as bad
 * input (nothing was done; fix the command line or the file it names), and 2
 * already meant "a feed failed" in the README before this table existed.
 */
export const EXIT = {
  /** Everything asked was done (a reader closing the output early, as `| head` does, included). */
  ok: 0,
  /**
   * Nothing, or nothing more, was done, and stderr says why in one line: a
   * usage mistake (unknown option, bad option value, missing argument), bad
   * input or setup (a missing path, a malformed config, a --feed or --url
   * that is not http(s), a store folder that cannot be used), or an error
   * that stopped the run.
   */
  failed: 1,
  /**
   * The run went through, but a source it was given failed and is reported
   * (a feed that could not be fetched or read, a page `normalize` could not
   * read); the rest was done.
   */
  partial: 2,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM after finishing the work in hand: 128 plus the signal, as shells report it. */
  interrupted: 130,
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
