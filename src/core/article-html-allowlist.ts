/**
 * What survives of an article's HTML, whichever sanitiser applies it: the server's when an
 * article is stored (src/server/sanitize-article.ts), and the browser's before it shows one (its
 * own Sanitizer API where there is one, DOMPurify elsewhere; src/client/article/). One list, so
 * the two cannot drift apart. Data only: the client's bundle carries these lists anyway.
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

/**
 * The schemes a link or an image may name (a relative address resolves to the page's own).
 * The client's finishArticleElement repeats them in its body, which must stay self-contained
 * (a browser test runs its source); test/components/article-html-policy.test.tsx holds the two
 * equal.
 */
export const articleUrlSchemes = ['http:', 'https:', 'mailto:'] as const;
