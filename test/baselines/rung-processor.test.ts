import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LADDER } from '../../src/baselines/ladder.ts';
import { createRungProcessor, loadRecogniser } from '../../src/baselines/rung-processor.ts';
import { readGazetteerSources } from '../../src/baselines/gazetteer-sources.ts';
import { runPipeline } from '../../src/runner/run-pipeline.ts';
import { toJsonLine } from '../../src/runner/jsonl.ts';
import { TINY_GAZETTEER } from '../helpers.ts';

// eval-loo and eval-synthetic build the processor in memory; their "in sample" numbers are only
// comparable with `npm run eval` if that gives the same mentions as the runner.
const TEXT = 'Lashkar-e-Jhangvi (LeJ) claimed the attack. Police said Laskhar-i-Jhangvi and the LeJ chief Malik Ishaq met in Quetta.\n\nThe Islamic State and al Qaeda were not involved, said Mr Ahmed Khan.\n';

describe('createRungProcessor gives the same mentions as runPipeline', () => {
  for (const name of ['exact', 'fuzzy', 'ner'] as const) {
    it(`rung ${name}`, async () => {
      const rung = LADDER.find((r) => r.name === name)!;
      const corpus = mkdtempSync(join(tmpdir(), 'tz-rung-corpus-'));
      const out = mkdtempSync(join(tmpdir(), 'tz-rung-out-'));
      writeFileSync(join(corpus, 'doc.txt'), TEXT);
      await runPipeline({ corpus, out, gazetteer: [TINY_GAZETTEER], from: 0, to: 3, window: 'sentence', maxDocBytes: 1e6, fuzzy: rung.fuzzy, variants: rung.variants, learn: rung.learn, ner: rung.ner });
      const src = readGazetteerSources(TINY_GAZETTEER, TINY_GAZETTEER);
      const { processor } = createRungProcessor(rung, src.curated, src.diagnostics, rung.ner ? await loadRecogniser() : undefined);
      const mine = processor.fromRaw({ doc_id: 'doc', original: TEXT, sha256: '' }).mentions;
      expect(mine.length).toBeGreaterThan(2);
      expect(mine.map(toJsonLine).join('')).toBe(readFileSync(join(out, 'mentions.jsonl'), 'utf8'));
    });
  }
});
