import { EXIT } from './exit-codes.js';

/** A run told to stop by SIGINT or SIGTERM: what it has in hand is finished, nothing new is started. */
export interface Interrupts {
  /** The signal that asked to stop, once one did. */
  readonly signal: NodeJS.Signals | undefined;
  stopped(): boolean;
  dispose(): void;
}

/**
 * Catches SIGINT (Ctrl-C) and SIGTERM so that a run finishes or releases the
 * work in hand (its articles stored and alerted, the store closed) instead of
 * dying between storing an article and alerting it. A second signal ends the
 * process at once, as a user pressing Ctrl-C twice expects.
 */
export function catchInterrupts(onFirst: (signal: NodeJS.Signals) => void = () => {}): Interrupts {
  let signal: NodeJS.Signals | undefined;
  const handle = (received: NodeJS.Signals): void => {
    if (signal) process.exit(EXIT.interrupted);
    signal = received;
    onFirst(received);
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return {
    get signal() {
      return signal;
    },
    stopped: () => signal !== undefined,
    dispose: () => {
      process.off('SIGINT', handle);
      process.off('SIGTERM', handle);
    },
  };
}

/** The exit code of a run a signal stopped. */
export const interruptedExitCode = (signal: NodeJS.Signals): number =>
  signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
