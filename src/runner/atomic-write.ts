import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { processAlive } from './process-alive.ts';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Temp path beside `path`, so the final rename stays on one file system. */
export function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

const TEMP_RE = /^\..+\.(\d+)\.\d+\.tmp$/;


/**
 * Remove temp files that runs killed mid-write left in `dir` (those whose process is gone).
 * Call it while holding the folder's lock.
 * @returns how many were removed
 */
export function removeStaleTempFiles(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const m = TEMP_RE.exec(name);
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) {
      rmSync(join(dir, name), { force: true });
      n++;
    }
  }
  return n;
}

/**
 * Write a whole file atomically: temp file in the same folder, fsync, rename.
 * Readers see the old file or the new one, never a half-written one.
 * @param path destination file
 * @param data file contents (UTF-8 for strings)
 * @param options `fsync: false` skips the flush to disk (for caches, where a lost file is only
 *   recomputed); the rename still makes the write all-or-nothing
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { fsync?: boolean } = {}): void {
  const tmp = tempPathFor(path);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    if (options.fsync !== false) fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
}

/**
 * A file written line by line into a temp file and renamed into place on `commit()`.
 * `abort()` removes the temp file and leaves any previous file untouched.
 */
export class AtomicFile {
  readonly path: string;
  private readonly tmp: string;
  private fd: number | null;
  private buf: string[] = [];
  private bufLen = 0;

  constructor(path: string) {
    this.path = path;
    this.tmp = tempPathFor(path);
    this.fd = openSync(this.tmp, 'w');
  }

  /** Append text (buffered). */
  write(text: string): void {
    this.buf.push(text);
    this.bufLen += text.length;
    if (this.bufLen > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.buf.length === 0) return;
    writeSync(this.fd, Buffer.from(this.buf.join(''), 'utf8'));
    this.buf = [];
    this.bufLen = 0;
  }

  /** Flush, fsync and rename the temp file over the destination. */
  commit(): void {
    if (this.fd === null) return;
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.tmp, this.path);
  }

  /** Drop the temp file; the destination keeps its previous content. */
  abort(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    rmSync(this.tmp, { force: true });
  }
}
