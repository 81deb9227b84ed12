import { describe, expect, it } from 'vitest';
import { analyseRun } from '../../src/eval/analyse-run.ts';
import { pointContext, spanContext } from '../../src/eval/context.ts';
import { collectErrors } from '../../src/eval/error-report.ts';
import { renderErrorsMarkdown } from '../../src/eval/error-report-md.ts';
import { loadFixture } from './fixture.ts';

describe('collectErrors on the fixture', () => {
  const input = loadFixture();
  const errors = collectErrors(analyseRun(input), input.texts);
  const kinds = (k: string) => errors.filter((e) => e.kind === k);

  it('classifies mention errors', () => {
    expect(kinds('boundary')).toMatchObject([
      { doc_id: 'd1', gold: { text: 'Rumsfeld', type: 'PERSON' }, pred: { text: 'Rumsfeld met', id: 'rumsfeld' } },
    ]);
    expect(kinds('type')).toMatchObject([{ doc_id: 'd1', start: 55, gold: { type: 'LOC' }, pred: { type: 'ORG' } }]);
    expect(kinds('missed')).toMatchObject([{ doc_id: 'd2', gold: { text: 'Quetta', id: 'Quetta' } }]);
    expect(kinds('spurious')).toEqual([]);
  });

  it('shows ±40 characters of context with the span marked', () => {
    expect(kinds('missed')[0]).toMatchObject({ context: 'Blast in ⟦Quetta⟧.' });
    expect(kinds('type')[0]).toMatchObject({ context: '…vi attacked Quetta. Rumsfeld met LeJ in ⟦Quetta⟧.' });
  });

  it('reports a gold entity split over two ids', () => {
    expect(kinds('link_split')).toEqual([
      {
        kind: 'link_split', doc_id: null, start: null, end: null, entity: 'Lashkar-e-Jhangvi', count: 2,
        parts: [
          { name: 'lej', count: 1, examples: ['Lashkar-e-Jhangvi'] },
          { name: 'lej2', count: 1, examples: ['LeJ'] },
        ],
      },
    ]);
    expect(kinds('link_merge')).toEqual([]);
  });

  it('reports wrong sentence ends with the nearest end on the other side', () => {
    expect(kinds('sentence_spurious')).toMatchObject([{ doc_id: 'd1', end: 45, nearest: 34 }]);
    expect(kinds('sentence_missed')).toMatchObject([{ doc_id: 'd2', end: 16, nearest: null }]);
  });

  it('reports missed corpus relation pairs by canonical', () => {
    expect(kinds('relation_missed').map((e) => ('pair' in e ? e.pair : []))).toEqual([
      ['Donald Rumsfeld', 'Lashkar-e-Jhangvi'],
      ['Donald Rumsfeld', 'Quetta'],
    ]);
    expect(kinds('relation_spurious')).toEqual([]);
  });

  it('renders Markdown a person can act on', () => {
    const md = renderErrorsMarkdown(errors);
    expect(md).toContain('## Missed mentions (1)');
    expect(md).toContain('### d2');
    expect(md).toContain('- LOC "Quetta" 9–15 (canonical Quetta) `` Blast in ⟦Quetta⟧. ``');
    expect(md).toContain('**Lashkar-e-Jhangvi** (2 mentions): lej ×1 ("Lashkar-e-Jhangvi"); lej2 ×1 ("LeJ")');
    expect(md).toContain('end 45 (sentence 35–45; nearest other end 34 (-11))');
    expect(md).toContain('Most frequent: LOC "Quetta" ×1\n');
    expect(md).not.toContain('## Spurious mentions');
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('context excerpts', () => {
  it('marks the span, cuts at 40 characters and keeps one line', () => {
    const text = 'a'.repeat(50) + 'Quetta\n' + 'b'.repeat(50);
    expect(spanContext(text, 50, 56)).toBe('…' + 'a'.repeat(40) + '⟦Quetta⟧⏎' + 'b'.repeat(39) + '…');
    expect(pointContext('One. Two.', 4, 40)).toBe('One.‖ Two.');
    expect(spanContext(undefined, 0, 1)).toBeNull();
  });

  it('never cuts a surrogate pair in half', () => {
    const text = '𝕏' + 'x'.repeat(39) + 'LeJ';
    // start - 40 = 2 - ... the cut lands on the low half of 𝕏 and moves left
    expect(spanContext(text, 41, 44)).toBe('𝕏' + 'x'.repeat(39) + '⟦LeJ⟧');
  });
});
