import { describe, expect, it } from 'vitest';
import { findNextCandidate } from '../../../../src/stages/sentences/rules/index.ts';

function first(text: string): { end: string; next: string; attached: boolean } | undefined {
  const c = findNextCandidate(text, 0, text.length);
  return c && { end: text.slice(0, c.end), next: text.slice(c.next), attached: c.attached };
}

describe('02 find-terminals', () => {
  it('takes closing quotes and brackets into the sentence', () => {
    expect(first('We are ready.” He said')?.end).toBe('We are ready.”');
    expect(first("the insurgency.' he")?.end).toBe("the insurgency.'");
    expect(first('is coming?") Next')?.end).toBe('is coming?")');
  });

  it('takes reference marks written right after the punctuation', () => {
    expect(first('ties with bin Laden.[13] However')?.end).toBe('ties with bin Laden.[13]');
    expect(first('in Jordan.[14][15] He')?.end).toBe('in Jordan.[14][15]');
    expect(first('the world.” [1] Media')?.end).toBe('the world.”');
  });

  it('keeps a whole run of terminals together', () => {
    expect(first('Really?! Yes')?.end).toBe('Really?!');
    expect(first('They waited... and')?.end).toBe('They waited...');
  });

  it('skips terminals followed by a digit, dash, slash or comma', () => {
    for (const text of ['At 2.15pm', 'about 3.5 million', 'the US.-led', 'part of IS.,” a', 'v2.4.1', 'ends./x']) {
      expect(first(text), text).toBeUndefined();
    }
    expect(first('in 2017.[1234] He'), 'not a reference mark').toBeUndefined();
  });

  it('reports a candidate with a letter right after as attached', () => {
    expect(first('about targets.The Saudi')).toEqual({ end: 'about targets.', next: 'The Saudi', attached: true });
    expect(first('about targets. The Saudi')?.attached).toBe(false);
  });

  it('points next at the block end when nothing follows', () => {
    const c = findNextCandidate('Done.  ', 0, 7);
    expect(c?.next).toBe(7);
  });
});

describe('02 find-terminals: spaced ellipsis', () => {
  it('reads ". . ." as one run', () => {
    expect(first('he said . . . and then')?.end).toBe('he said . . .');
    expect(first('it ended . . . . Then')?.end).toBe('it ended . . . .');
  });

  it('does not join a period to a following "..." or to a lone second dot', () => {
    expect(first('take action. ... You')?.end).toBe('take action.');
    expect(first('odd . . Then')?.end).toBe('odd .');
  });
});
