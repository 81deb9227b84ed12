/**
 * Process corpus entries on N worker threads and hand the results back IN CORPUS ORDER, so the
 * output is byte-identical whatever the number of workers. At most `inFlight` tasks wait per worker.
 */
import { Worker } from 'node:worker_threads';
import type { TaskOptions } from './task-context.ts';
import type { TaskResult } from './doc-task.ts';
import type { CorpusEntry } from './read-corpus.ts';

/**
 * @param entries corpus entries in output order
 * @param n number of worker threads (≥ 2)
 * @param options task options for every worker
 * @param onResult called once per entry, in entry order
 */
export async function runOnWorkers(entries: CorpusEntry[], n: number, options: TaskOptions, onResult: (r: TaskResult, i: number) => void): Promise<void> {
  const inFlight = 4;
  const url = new URL('./worker.ts', import.meta.url);
  // The TypeScript loader (tsx) is registered in each worker before the worker module is imported:
  // loader hooks given on the command line do not reach worker threads on Node 20.
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}); }).catch((e) => { throw e; });`;
  const workers = Array.from({ length: n }, () => new Worker(boot, { eval: true, workerData: options }));
  const done = new Map<number, TaskResult>();
  let next = 0; // next entry to send
  let emit = 0; // next entry to hand back
  const load = new Array<number>(n).fill(0);
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: number): void => {
        while (load[w]! < inFlight && next < entries.length) {
          workers[w]!.postMessage({ i: next, entry: entries[next]! });
          load[w]!++;
          next++;
        }
      };
      if (entries.length === 0) resolve();
      workers.forEach((worker, w) => {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && emit < entries.length) reject(new Error(`worker ${w} exited with code ${code}`));
        });
        worker.on('message', (msg: 'ready' | { i: number; result: TaskResult }) => {
          if (msg !== 'ready') {
            load[w]!--;
            done.set(msg.i, msg.result);
            while (done.has(emit)) {
              const r = done.get(emit)!;
              done.delete(emit);
              onResult(r, emit);
              emit++;
            }
            if (emit === entries.length) {
              resolve();
              return;
            }
          }
          send(w);
        });
      });
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
