/**
 * What survives of an article's HTML, whichever sanitiser applies it (the browser's own
 * Sanitizer API where there is one, DOMPurify elsewhere): only the tags and attributes an
 * article needs, every link marked as not ours, every image loaded when it nears the screen.
 */
export const articleElements = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'del',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
] as const;

export const articleAttributes = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'cite',
  'datetime',
  'colspan',
  'rowspan',
  'lang',
] as const;

/**
 * Wrappers whose text stays when the tag goes (a CMS's <div> and <section> blocks, old <font>).
 * DOMPurify keeps the text of any removed tag; the Sanitizer API drops a tag it is not told
 * about with its content, so the wrappers articles use are named here.
 */
export const articleUnwrappedElements = [
  'address',
  'article',
  'aside',
  'big',
  'center',
  'data',
  'dd',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'font',
  'footer',
  'h1',
  'header',
  'hgroup',
  'kbd',
  'label',
  'main',
  'nav',
  'picture',
  'samp',
  'section',
  'strike',
  'summary',
  'time',
  'tt',
  'var',
] as const;

/** The policy as the Sanitizer API takes it (Element.setHTML's `sanitizer` option). */
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
