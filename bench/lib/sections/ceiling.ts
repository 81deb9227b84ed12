/**
 * The ceiling: the least a pipeline over these files must do. Read each file, decode UTF-8, NFKC
 * normalise, split sentences with one simple rule, write one JSON record per sentence to a JSONL
 * file (buffered like the runner's writer). End-to-end throughput is compared with this.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { listCorpus } from '../../../src/runner/read-corpus.ts';
import type { BenchConfig } from '../config.ts';
import { bestOf, load1, throughput, type Throughput } from '../measure.ts';

/** Sentence ends: terminal punctuation (and closing quotes) before white space and a capital, or a blank line. */
const SPLIT_RE = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?\p{Lu})|\n\s*\n/gu;

export function simpleSplit(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(SPLIT_RE)) {
    const end = m.index + m[0].length;
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const trail = s.length - s.trimEnd().length;
    if (s.trim() !== '') out.push([start + lead, end - trail]);
    start = end;
  }
  const s = text.slice(start);
  if (s.trim() !== '') out.push([start + (s.length - s.trimStart().length), text.length - (s.length - s.trimEnd().length)]);
  return out;
}

export function benchCeiling(cfg: BenchConfig): Throughput & { sentences: number } {
  const entries = listCorpus(cfg.corpusDir, []);
  const outDir = join(cfg.tmpDir, `ceiling-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  const l = load1();
  const { best, seconds, runs } = bestOf(cfg.reps, () => {
    const fd = openSync(join(outDir, 'sentences.jsonl'), 'w');
    let buf: string[] = [];
    let len = 0;
    let count = 0;
    bytes = 0;
    for (const e of entries) {
      const raw = readFileSync(e.path);
      bytes += raw.length;
      const text = decoder.decode(raw).normalize('NFKC');
      let index = 0;
      for (const [start, end] of simpleSplit(text)) {
        const line = JSON.stringify({ doc_id: e.docId, index: index++, start, end, text: text.slice(start, end) }) + '\n';
        buf.push(line);
        len += line.length;
        if (len > 1 << 20) {
          writeSync(fd, Buffer.from(buf.join(''), 'utf8'));
          buf = [];
          len = 0;
        }
      }
      count += index;
    }
    writeSync(fd, Buffer.from(buf.join(''), 'utf8'));
    closeSync(fd);
    return count;
  });
  rmSync(outDir, { recursive: true, force: true });
  return { ...throughput(seconds, runs, bytes, entries.length, l), sentences: best };
}
