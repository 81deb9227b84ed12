/**
 * Worker thread: builds its own task context once, then processes the corpus entries it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildTaskContext, type TaskOptions } from './task-context.ts';
import { runDocTask } from './doc-task.ts';
import type { CorpusEntry } from './read-corpus.ts';

const port = parentPort!;
const ctx = await buildTaskContext(workerData as TaskOptions);
port.on('message', (msg: { i: number; entry: CorpusEntry } | 'stop') => {
  if (msg === 'stop') {
    port.close();
    return;
  }
  port.postMessage({ i: msg.i, result: runDocTask(msg.entry, ctx) });
});
port.postMessage('ready');
