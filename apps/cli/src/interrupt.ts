import { EXIT_INTERRUPTED } from "./exit-codes.js";

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a flag the main loop checks between inputs, and a signal
 * that stops waiting on stdin or a FIFO, so a run can close its outputs properly (finish a JSON
 * array on stdout, delete temp files) before exiting. A second signal exits at once.
 */
export interface InterruptWatch {
  readonly interrupted: boolean;
  /** Aborted on the first signal. */
  readonly signal: AbortSignal;
  dispose(): void;
}

export function watchInterrupts(): InterruptWatch {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get interrupted() {
      return controller.signal.aborted;
    },
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
