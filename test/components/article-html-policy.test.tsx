import { describe, expect, it } from 'vitest';
import { articleUrlSchemes } from '../../src/core/article-html-allowlist';
import { finishArticleElement } from '../../src/client/article/article-html-policy';

/** The schemes the client's finishing step keeps, which its body spells out (see its comment). */
function keeps(address: string): boolean {
  const link = document.createElement('a');
  link.setAttribute('href', address);
  finishArticleElement(link);
  return link.hasAttribute('href');
}

describe("the client's article links follow the shared allowlist", () => {
  it('keeps exactly the schemes the server keeps', () => {
    const tried = ['http:', 'https:', 'mailto:', 'javascript:', 'data:', 'ftp:', 'blob:', 'tel:'];
    const kept = tried.filter((scheme) => keeps(`${scheme}//example.com/x`));
    expect(kept).toEqual([...articleUrlSchemes]);
  });
});
