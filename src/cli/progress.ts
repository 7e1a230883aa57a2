import type { OutStream } from "./io";

/** What the progress line shows. */
export interface ProgressState {
  files: number;
  /** Known once the inputs have been counted; null while counting. */
  totalFiles: number | null;
  messages: number;
  errors: number;
}

/** Redraw at most this often: drawing is cheap, but not free at thousands of files a second. */
const INTERVAL_MS = 100;

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal: piped or
 * redirected output gets nothing. `clear()` before writing to a stdout that shares the screen.
 */
export class Progress {
  private readonly started: number;
  private last = 0;
  private drawn = false;
  readonly state: ProgressState = { files: 0, totalFiles: null, messages: 0, errors: 0 };

  constructor(
    private readonly stream: OutStream,
    private readonly enabled: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  static for(stream: OutStream, wanted: boolean): Progress {
    return new Progress(stream, wanted && stream.isTTY === true);
  }

  get active(): boolean {
    return this.enabled;
  }

  update(change: Partial<ProgressState>, force = false): void {
    Object.assign(this.state, change);
    if (!this.enabled) return;
    const t = this.now();
    if (!force && t - this.last < INTERVAL_MS) return;
    this.last = t;
    this.draw(t);
  }

  private draw(t: number): void {
    const { files, totalFiles, messages, errors } = this.state;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
    const elapsed = Math.max(0, t - this.started);
    let bar: string;
    let eta = "";
    if (totalFiles) {
      const done = Math.min(1, files / totalFiles);
      const filled = Math.round(done * width);
      bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${files}/${totalFiles} files`;
      if (files > 0 && done < 1) eta = ` · ${clock((elapsed / files) * (totalFiles - files))} left`;
    } else {
      bar = `${files} files`;
    }
    const rate = elapsed > 0 ? Math.round((messages * 1000) / elapsed) : 0;
    const line = `${bar} · ${messages} messages · ${rate}/s${errors ? ` · ${errors} unreadable` : ""}${eta}`;
    this.stream.write(`\r\u001b[2K${line}`);
    this.drawn = true;
  }

  /** Take the line off the screen (before other output, and at the end). */
  clear(): void {
    if (this.enabled && this.drawn) {
      this.stream.write("\r\u001b[2K");
      this.drawn = false;
    }
  }
}
