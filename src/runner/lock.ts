/**
 * One run per output folder: a lock file holding the pid. A second run into the same folder
 * refuses with OUT_LOCKED; a lock left by a dead process is taken over.
 */
import { openSync, readFileSync, renameSync, rmSync, writeSync, closeSync } from 'node:fs';
import { processAlive } from './process-alive.ts';
import { join } from 'node:path';
import { TanzeemError } from '../types/diagnostic.ts';


/**
 * Take the lock of `outDir`.
 * @returns a function that releases it
 * @throws TanzeemError OUT_LOCKED when a live process holds it
 */
export function acquireLock(outDir: string): () => void {
  const path = join(outDir, '.tanzeem.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && processAlive(pid) && pid !== process.pid) {
        throw new TanzeemError([{ code: 'OUT_LOCKED', severity: 'fatal', stage: 'run', file: path, message: `another tanzeem run (pid ${pid}) is writing to ${outDir}`, fix: 'wait for it to finish, or use another --out folder' }]);
      }
      // stale lock: move it aside under a unique name first, so that of two runs finding it stale
      // only one takes it over (rename is atomic; the loser's rename fails and it retries)
      const aside = `${path}.stale.${process.pid}`;
      try {
        renameSync(path, aside);
        // if another run replaced the stale lock with its own meanwhile, give that one back
        if (readFileSync(aside, 'utf8').trim() !== String(pid)) renameSync(aside, path);
        else rmSync(aside, { force: true });
      } catch {
        /* another run moved it first */
      }
    }
  }
  throw new TanzeemError([{ code: 'OUT_LOCKED', severity: 'fatal', stage: 'run', file: path, message: 'could not take the output lock', fix: 'remove the lock file if no run is active' }]);
}
