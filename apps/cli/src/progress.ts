/**
 * A progress line on stderr for long runs: only on a terminal, only once the run has taken a
 * second, redrawn at most ten times a second. The total is filled in when a background count of
 * the inputs finishes; until then it shows counts and rate alone.
 */
export class Progress {
  private readonly started = Date.now();
  private done = 0;
  private failed = 0;
  private total: number | null = null;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean = Boolean(stream.isTTY),
  ) {}

  get active(): boolean {
    return this.enabled;
  }

  setTotal(total: number): void {
    this.total = total;
  }

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r${this.line(now)}\u001b[K`);
  }

  clear(): void {
    if (this.drawn) this.stream.write("\r\u001b[K");
    this.drawn = false;
  }

  private line(now: number): string {
    const rate = Math.round(this.done / ((now - this.started) / 1000));
    const counts = `${this.done}${this.total === null ? "" : `/${this.total}`} files · ${rate}/s · ${this.failed} failed`;
    if (this.total === null || this.total === 0) return counts;
    const width = 24;
    const filled = Math.min(width, Math.round((this.done / this.total) * width));
    return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${counts}`;
  }
}
