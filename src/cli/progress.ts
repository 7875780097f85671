/** A one-line progress bar on stderr, shown only on a terminal (logs and pipes get none). */

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;
/** Below this many inputs a run is quick enough that a bar would only flicker. */
const MIN_TOTAL = 5;

/** @example const bar = createProgress(process.stderr, !quiet); bar.update(3, 10); bar.finish() */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  const active = enabled && stream.isTTY === true;
  let shown = false;
  return {
    update(done, total) {
      if (!active || total < MIN_TOTAL) return;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} inputs`);
      shown = true;
    },
    finish() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
