/**
 * The real gold folder must pass gold:check. Skipped only while gold/ has no gold files yet.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGold } from '../../src/gold/check-gold.ts';
import { diagnosticLines } from '../../src/gold/report-lines.ts';

const GOLD = fileURLToPath(new URL('../../gold/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const hasGold = existsSync(GOLD) && readdirSync(GOLD, { recursive: true }).some((f) => String(f).endsWith('.json'));

describe('gold/ folder', () => {
  it.skipIf(!hasGold)('has no gold:check errors', () => {
    const r = checkGold({ goldDir: GOLD, corpusDir: CORPUS });
    expect(r.files).toBeGreaterThan(0);
    expect(diagnosticLines(r.diagnostics.filter((d) => d.severity === 'fatal'))).toEqual([]);
  });
});
