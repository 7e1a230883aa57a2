import { rmSync } from "fs";

/** Temporary files and folders to remove if the run is interrupted (Ctrl+C). */
const paths = new Set<string>();

export function removeOnExit(path: string): void {
  paths.add(path);
}

export function keepOnExit(path: string): void {
  paths.delete(path);
}

/** Remove what is left; called from the signal handler, so it is synchronous. */
export function removeLeftovers(): void {
  for (const p of paths) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  paths.clear();
}
