/** A one-line progress display for long work on a terminal: documents, rate, share done and ETA. */

/** Redraws at most this often (ms): faster is flicker, slower feels stuck. */
const REDRAW_MS = 100;
const BAR_WIDTH = 16;

export interface ProgressLine {
  update(p: { documents: number; bytesRead: number; elapsedMs: number; done: boolean }): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const num = new Intl.NumberFormat('en-US');

/** Progress on `stream` when it is a terminal; a silent no-op otherwise. `totalBytes` null: no bar or ETA. */
export function progressLine(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  label: string,
  totalBytes: number | null,
): ProgressLine {
  if (!stream.isTTY) return { update: () => {} };
  let last = 0;
  return {
    update(p) {
      const now = performance.now();
      if (!p.done && now - last < REDRAW_MS) return;
      last = now;
      const secs = p.elapsedMs / 1000;
      const rate = secs > 0 ? p.documents / secs : 0;
      let bar = '';
      let eta = '';
      if (totalBytes && totalBytes > 0) {
        const share = Math.min(1, p.bytesRead / totalBytes);
        const filled = Math.round(share * BAR_WIDTH);
        bar = ` [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`;
        const bytesRate = secs > 0 ? p.bytesRead / secs : 0;
        eta = p.done
          ? ''
          : `  ETA ${duration(bytesRate > 0 ? (totalBytes - p.bytesRead) / bytesRate : Number.NaN)}`;
      }
      const line = `${label}${bar}  ${num.format(p.documents)} docs  ${num.format(Math.round(rate))}/s  ${duration(secs)}${eta}`;
      const width = (stream.columns ?? 100) - 1;
      stream.write(`\r${line.slice(0, width).padEnd(Math.min(width, line.length + 2))}${p.done ? '\n' : ''}`);
    },
  };
}
