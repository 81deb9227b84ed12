import { describe, expect, it } from 'vitest';
import { attachedTerminal } from '../../../../src/stages/sentences/rules/03-attached-terminal.ts';
import { emptyOrMarker } from '../../../../src/stages/sentences/rules/04-empty-or-marker.ts';
import { initial } from '../../../../src/stages/sentences/rules/06-initial.ts';
import { nextToken } from '../../../../src/stages/sentences/rules/07-next-token.ts';
import { BOUNDARY_RULES } from '../../../../src/stages/sentences/rules/index.ts';
import { verdictAt } from './helpers.ts';

describe('boundary rule order', () => {
  it('asks the rules in their numbered order', () => {
    expect(BOUNDARY_RULES.map((r) => r.name)).toEqual([
      'attached-terminal',
      'empty-or-marker',
      'abbreviation',
      'initial',
      'next-token',
    ]);
  });
});

describe('03 attached-terminal', () => {
  it('lets "word.Word" through to the later rules', () => {
    expect(verdictAt(attachedTerminal, 'about targets.The Saudi')).toBeUndefined();
    expect(verdictAt(attachedTerminal, 'desperate?That is')).toBeUndefined();
  });

  it('merges other attached terminals', () => {
    expect(verdictAt(attachedTerminal, 'the U.S.The')).toBe('merge');
    expect(verdictAt(attachedTerminal, 'read news.Dawn.com')).toBe('merge');
    expect(verdictAt(attachedTerminal, 'a.Dawn')).toBe('merge');
    expect(verdictAt(attachedTerminal, 'ends.AFP')).toBe('merge');
  });

  it('passes candidates with a space after them', () => {
    expect(verdictAt(attachedTerminal, 'the U.S|. The')).toBeUndefined();
  });
});

describe('04 empty-or-marker', () => {
  it('merges list markers and word-less stretches', () => {
    expect(verdictAt(emptyOrMarker, '1. Rumsfeld confirms')).toBe('merge');
    expect(verdictAt(emptyOrMarker, 'IV. Outlook')).toBe('merge');
    expect(verdictAt(emptyOrMarker, '... You have')).toBe('merge');
  });

  it('passes real sentences', () => {
    expect(verdictAt(emptyOrMarker, 'He left. Then')).toBeUndefined();
    expect(verdictAt(emptyOrMarker, 'No. 5')).toBeUndefined();
  });
});

describe('06 initial', () => {
  it('merges initials before names', () => {
    expect(verdictAt(initial, 'calling L. Paul Bremer')).toBe('merge');
    expect(verdictAt(initial, 'George W. Bush')).toBe('merge');
  });

  it('splits an initial-like letter before a sentence starter', () => {
    expect(verdictAt(initial, 'called Plan B. It failed')).toBe('split');
  });

  it('ignores letters that end a longer token', () => {
    expect(verdictAt(initial, 'the ISK-P. The')).toBeUndefined();
    expect(verdictAt(initial, 'the TTP. The')).toBeUndefined();
  });
});

describe('07 next-token', () => {
  it.each([
    ['Are you ready?” he said', 'merge'],
    ['this … so I would', 'merge'],
    ['apart.” He also', 'split'],
    ['in 2005. 41 people', 'split'],
    ['links. “…We are', 'split'],
    ['action. ... You have', 'split'],
    ['he added. - Wire services', 'split'],
    ['killed. - and more', 'merge'],
    ['Khail. (Mohajir means', 'split'],
    ['the world.” [1] Media', 'split'],
    ['cost $500. $600 was', 'split'],
    ['March 18. 2017)', 'merge'],
    ['on May 18. 2017 was', 'merge'],
    ['killed 18. 41 more', 'split'],
    ['ready." [/quote] x', 'merge'],
    ['ends. , odd', 'merge'],
  ])('%s → %s', (text, verdict) => {
    expect(verdictAt(nextToken, text)).toBe(verdict);
  });
});
