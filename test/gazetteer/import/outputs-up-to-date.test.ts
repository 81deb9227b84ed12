/**
 * The committed gazetteers/imported/*.jsonl must be what the importers make from data/ today, so a
 * change of rules or of a raw list that is not followed by `npm run gazetteer:import -- all` fails here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entriesToJsonl } from '../../../src/gazetteer/import/entry.ts';
import { parseStoplist } from '../../../src/gazetteer/import/geonames/filter-alternate.ts';
import { importGeonames } from '../../../src/gazetteer/import/geonames/import-geonames.ts';
import { importOfac } from '../../../src/gazetteer/import/ofac/import-ofac.ts';
import { importUn } from '../../../src/gazetteer/import/un/import-un.ts';

const repo = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const input = (p: string): { text: string; file: string } => ({ text: readFileSync(repo(p), 'utf8'), file: p });
const committed = (name: string): string => readFileSync(repo(`gazetteers/imported/${name}.jsonl`), 'utf8');
const hint = 'gazetteers/imported is stale: run npm run gazetteer:import -- all and commit the result';

describe('committed imports are up to date', () => {
  it('un.jsonl', () => {
    const { text, file } = input('data/un-sc-consolidated/consolidated.xml');
    expect(entriesToJsonl(importUn(text, file).entries) === committed('un'), hint).toBe(true);
  });
  it('ofac.jsonl', () => {
    const r = importOfac(input('data/ofac-sdn/sdn.csv'), input('data/ofac-sdn/alt.csv'));
    expect(entriesToJsonl(r.entries) === committed('ofac'), hint).toBe(true);
  });
  it('geonames.jsonl', () => {
    const stop = input('data/english-stoplist/common-english-5000.txt');
    const r = importGeonames(input('data/geonames/cities15000_PK_AF_IQ_SY.txt'), input('data/geonames/admin1CodesASCII.txt'), {
      words: parseStoplist(stop.text),
      file: stop.file,
    });
    expect(entriesToJsonl(r.entries) === committed('geonames'), hint).toBe(true);
  });
});
