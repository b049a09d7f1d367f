import { availableParallelism, cpus, loadavg, release, totalmem } from "node:os";

export interface Machine {
  cpuModel: string;
  /** Logical CPUs this process may use (what `nproc` prints). */
  cpus: number;
  memoryGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: other work on a shared machine shows here. */
  loadAverage: number;
}

export function describeMachine(): Machine {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    cpus: availableParallelism(),
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    os: `${process.platform} ${release()}`,
    loadAverage: loadavg()[0] ?? 0,
  };
}
