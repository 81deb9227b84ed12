import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/commands/gold-import.ts';
import { checkGold } from '../../src/gold/check-gold.ts';
import { importGold, type ImportOptions } from '../../src/gold/import/import-gold.ts';
import { createLabelMap } from '../../src/gold/import/labels.ts';
import { toUtf16 } from '../../src/gold/import/offsets.ts';

// Every sample puts a non-BMP character (𝕏, then 🙂) before the mentions, so code-point and
// UTF-16 offsets differ by one (and by two after 🙂).
const FIX = fileURLToPath(new URL('../fixtures/gold-import/', import.meta.url));
const EXPECTED = readFileSync(join(FIX, 'expected', 'a.json'), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'tanzeem-gold-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
let n = 0;

function run(over: Partial<ImportOptions> & Pick<ImportOptions, 'format' | 'input'>) {
  const outDir = join(root, `out${n++}`);
  const opts: ImportOptions = {
    outDir, corpusDir: join(FIX, 'corpus'), unit: 'codepoints', idField: 'doc_id', textField: 'text',
    labelMap: {}, force: false, dryRun: false, ...over,
  };
  const r = importGold(opts);
  const codes = r.diagnostics.map((d) => `${d.severity}:${d.code}`);
  return { ...r, outDir, codes };
}

describe('gold import converts code points to UTF-16 and verifies by slicing', () => {
  it.each([
    ['labelstudio', 'labelstudio.json'],
    ['brat', 'brat'],
    ['doccano', 'doccano.jsonl'],
  ] as const)('%s', (format, input) => {
    const r = run({ format, input: join(FIX, input) });
    expect(r.codes.filter((c) => c.startsWith('fatal'))).toEqual([]);
    expect(r.written).toEqual([join(r.outDir, 'a.json')]);
    expect(readFileSync(join(r.outDir, 'a.json'), 'utf8')).toBe(EXPECTED);
    // the unmapped EVENT label is reported, not imported
    expect(r.diagnostics.find((d) => d.code === 'IMPORT_UNMAPPED')?.message).toBe('label "EVENT" (1 spans) is not ORG, PERSON, LOC or SENTENCE; not imported');
    // the output passes gold:check
    const check = checkGold({ goldDir: r.outDir, corpusDir: join(FIX, 'corpus') });
    expect(check.diagnostics.filter((d) => d.severity === 'fatal')).toEqual([]);
  });

  it('warns how many canonicals were taken from the text', () => {
    expect(run({ format: 'labelstudio', input: join(FIX, 'labelstudio.json') }).diagnostics.find((d) => d.code === 'IMPORT_CANONICAL_FROM_TEXT')?.message).toBe('2 of 3 mentions have no canonical; their text was used');
    // brat: T1 has a normalization, T3 an AnnotatorNote
    expect(run({ format: 'brat', input: join(FIX, 'brat') }).diagnostics.find((d) => d.code === 'IMPORT_CANONICAL_FROM_TEXT')?.message).toBe('1 of 3 mentions have no canonical; their text was used');
  });

  it('reads UTF-16 Label Studio offsets with --offsets utf16, and names the span and the flag otherwise', () => {
    const ok = run({ format: 'labelstudio', input: join(FIX, 'labelstudio-utf16.json'), unit: 'utf16' });
    expect(readFileSync(join(ok.outDir, 'a.json'), 'utf8')).toBe(EXPECTED);
    const bad = run({ format: 'labelstudio', input: join(FIX, 'labelstudio-utf16.json') });
    expect(bad.written).toEqual([]);
    const first = bad.diagnostics.find((d) => d.code === 'IMPORT_SPAN_TEXT')!;
    expect(first.message).toBe('task 7, result r0 ORG 9–26: recorded text "Lashkar-e-Jhangvi" but the text there is "ashkar-e-Jhangvi "');
    expect(first.fix).toBe('the offsets look like UTF-16: pass --offsets utf16');
  });

  it('rejects a discontinuous brat span and writes nothing', () => {
    const r = run({ format: 'brat', input: join(FIX, 'brat-discontinuous') });
    expect(r.codes).toContain('fatal:IMPORT_DISCONTINUOUS');
    expect(r.diagnostics.find((d) => d.code === 'IMPORT_DISCONTINUOUS')!.message).toMatch(/^T1 \(line 1\): discontinuous span 8 15;18 25/);
    expect(r.written).toEqual([]);
  });

  it('finds the doc_id by corpus text when the export has none, and fails without corpus', () => {
    expect(run({ format: 'doccano', input: join(FIX, 'doccano.jsonl') }).docs.map((d) => d.doc_id)).toEqual(['a']);
    const r = run({ format: 'doccano', input: join(FIX, 'doccano.jsonl'), corpusDir: null });
    expect(r.codes).toEqual(['fatal:IMPORT_NO_DOC_ID']);
    expect(r.diagnostics[0]!.fix).toMatch(/--id-field/);
  });

  it('refuses a text that differs from the corpus, naming the CRLF cause', () => {
    const corpus = join(root, 'crlf-corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), readFileSync(join(FIX, 'corpus', 'a.txt'), 'utf8').replace('\n', '\r\n'));
    const r = run({ format: 'brat', input: join(FIX, 'brat'), corpusDir: corpus });
    const d = r.diagnostics.find((x) => x.code === 'IMPORT_TEXT_MISMATCH')!;
    expect(d.fix).toMatch(/CRLF vs LF/);
    expect(r.written).toEqual([]);
  });

  it('never overwrites a gold file without force', () => {
    const first = run({ format: 'brat', input: join(FIX, 'brat') });
    writeFileSync(join(first.outDir, 'a.json'), 'hand-made');
    const again = importGold({ outDir: first.outDir, corpusDir: join(FIX, 'corpus'), unit: 'codepoints', idField: 'doc_id', textField: 'text', labelMap: {}, force: false, dryRun: false, format: 'brat', input: join(FIX, 'brat') });
    expect(again.diagnostics.map((d) => d.code)).toContain('IMPORT_EXISTS');
    expect(readFileSync(join(first.outDir, 'a.json'), 'utf8')).toBe('hand-made');
    importGold({ outDir: first.outDir, corpusDir: join(FIX, 'corpus'), unit: 'codepoints', idField: 'doc_id', textField: 'text', labelMap: {}, force: true, dryRun: false, format: 'brat', input: join(FIX, 'brat') });
    expect(readFileSync(join(first.outDir, 'a.json'), 'utf8')).toBe(EXPECTED);
  });

  it('imports an extra label through the label map', () => {
    const r = run({ format: 'doccano', input: join(FIX, 'doccano.jsonl'), labelMap: { EVENT: 'ORG' }, dryRun: true });
    expect(r.docs[0]!.mentions.map((m) => m.text)).toEqual(['Lashkar-e-Jhangvi', 'attack', 'Quetta', 'Mullah Omar']);
    expect(r.written).toEqual([]);
  });
});

describe('offsets and labels', () => {
  it('maps code points to UTF-16 across a surrogate pair', () => {
    const conv = toUtf16('𝕏ab', 'codepoints');
    expect([0, 1, 2, 3, 4].map(conv)).toEqual([0, 2, 3, 4, null]);
    const u = toUtf16('𝕏ab', 'utf16');
    expect([0, 1, 2, 4, 5].map(u)).toEqual([0, null, 2, 4, null]);
  });

  it('maps label spellings to the three types', () => {
    const of = createLabelMap();
    expect(['ORGANISATION', 'organization', 'PER', 'GPE', 'Location', 'sent', 'NORP'].map(of)).toEqual(['ORG', 'ORG', 'PERSON', 'LOC', 'LOC', 'SENTENCE', null]);
  });
});

describe('npm run gold:import', () => {
  it('writes the files and exits 0, or exits 2 on bad usage', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = join(root, 'cmd');
    cpSync(join(FIX, 'corpus'), join(root, 'cmd-corpus'), { recursive: true });
    expect(await main(['--format', 'labelstudio', '--in', join(FIX, 'labelstudio.json'), '--out', dir, '--corpus', join(root, 'cmd-corpus')])).toBe(0);
    expect(await main(['--format', 'labelstudio', '--in', join(FIX, 'labelstudio.json'), '--out', dir, '--corpus', join(root, 'cmd-corpus')])).toBe(1);
    expect(await main(['--in', 'x'])).toBe(2);
    expect(await main(['--format', 'brat', '--in', 'x', '--offsets', 'bytes'])).toBe(2);
    vi.restoreAllMocks();
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(EXPECTED);
    expect(out).toContain('gold:import: 1 documents, 3 mentions: 0 errors, 2 warnings; wrote 1 files to');
  });
});
