/**
 * Progress on long runs: on a terminal, one line redrawn at most 5 times a second with documents
 * done, documents per second and the time left; elsewhere (CI, pipes) nothing until the summary.
 */
export interface Progress {
  tick(): void;
  done(): void;
}

function fmt(sec: number): string {
  if (!Number.isFinite(sec)) return '?';
  const m = Math.floor(sec / 60);
  const s = Math.round(sec % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

/**
 * @param total documents expected
 * @param stream where to draw (stderr); drawing only when it is a TTY
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  const t0 = performance.now();
  let n = 0;
  let lastDraw = 0;
  const draw = (): void => {
    const sec = (performance.now() - t0) / 1000;
    const rate = n / Math.max(sec, 1e-9);
    const width = 24;
    const filled = total > 0 ? Math.round((n / total) * width) : width;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} docs  ${rate.toFixed(1)} docs/s  ETA ${fmt((total - n) / rate)}   `);
  };
  return {
    tick() {
      n++;
      if (!tty) return;
      const now = performance.now();
      if (now - lastDraw > 200) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      if (!tty) return;
      draw();
      stream.write('\n');
    },
  };
}
