import {
  articleAttributes,
  articleElements,
  articleUnwrappedElements,
} from '../../core/article-html-allowlist';

/** The shared policy (src/core/article-html-allowlist.ts) as the Sanitizer API takes it (Element.setHTML's `sanitizer` option). */
export const articleSanitizerConfig = {
  elements: articleElements,
  replaceWithChildrenElements: articleUnwrappedElements,
  attributes: articleAttributes,
  dataAttributes: false,
  comments: false,
};

/**
 * Finishes a link or an image of sanitised article HTML: an address of any other scheme than
 * http(s) or mailto goes (the Sanitizer API removes only script URLs), links are marked as not
 * ours, images load as they near the screen. Self-contained: a browser test runs its source.
 */
export function finishArticleElement(element: Element): void {
  for (const name of ['href', 'src']) {
    const address = element.getAttribute(name);
    if (address === null) continue;
    let scheme = '';
    try {
      scheme = new URL(address, document.baseURI).protocol;
    } catch {
      // Not an address at all: removed below.
    }
    // articleUrlSchemes (core), written out: a function whose source runs alone names no import.
    if (!['http:', 'https:', 'mailto:'].includes(scheme)) element.removeAttribute(name);
  }
  if (element.tagName === 'A' && element.hasAttribute('href')) {
    element.setAttribute('rel', 'nofollow ugc noopener');
  }
  if (element.tagName === 'IMG') {
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
  }
}
