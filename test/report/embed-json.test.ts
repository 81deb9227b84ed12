import { describe, expect, it } from 'vitest';
import { embedJson } from '../../src/report/embed-json.ts';

describe('embedJson', () => {
  const data = { text: '</script><script>alert(1)</script><!-- & \u2028\u2029 >', n: [1, 2] };

  it('leaves no character that could end the script element or open a comment', () => {
    const out = embedJson(data);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(embedJson(data))).toEqual(data);
  });
});
