import { EXIT_INTERRUPTED } from "./exit-codes.js";

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a flag the main loop checks between inputs, so a run can
 * close its outputs properly (finish a JSON array on stdout, delete temp files) before exiting.
 * A second signal exits at once.
 */
export interface InterruptWatch {
  readonly interrupted: boolean;
  dispose(): void;
}

export function watchInterrupts(): InterruptWatch {
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(EXIT_INTERRUPTED);
    interrupted = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get interrupted() {
      return interrupted;
    },
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
