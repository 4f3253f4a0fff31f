import { describe, expect, it } from 'vitest';
import { htmlDepthWithin } from '../../src/core/html-depth';

describe('htmlDepthWithin', () => {
  it('counts elements open at once, as a parser keeps them', () => {
    expect(htmlDepthWithin('<div><p><b>x</b></p></div>', 3)).toBe(true);
    expect(htmlDepthWithin('<div><p><b>x</b></p></div>', 2)).toBe(false);
    // Siblings, void elements and self-closing void tags do not deepen.
    expect(htmlDepthWithin('<p>a</p><p>b</p><br><img src=x><hr/>'.repeat(100), 1)).toBe(true);
  });

  it('closes what an end tag closes, and ignores an end tag with nothing open to close', () => {
    // </div> closes the <b> and <i> left open inside it.
    expect(htmlDepthWithin('<div><b><i></div>'.repeat(50), 3)).toBe(true);
    // A stray end tag closes nothing: the <b>s stay open.
    expect(htmlDepthWithin('<b></x>'.repeat(4), 3)).toBe(false);
    expect(htmlDepthWithin('<B></b>'.repeat(4), 1)).toBe(true);
  });

  it('never counts fewer than a parser: tags in comments and attributes count too', () => {
    expect(htmlDepthWithin('<!-- <b><b> --><p title="<i>">', 2)).toBe(false);
  });
});
