import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { ArticleFormat } from '../core/article-input';
import {
  articleAttributes,
  articleElements,
  articleUrlSchemes,
} from '../core/article-html-allowlist';

/**
 * An article body as it is stored: sanitised by the server with the allowlist the browser
 * applies again before showing it (src/core/article-html-allowlist.ts), so what is stored is
 * already what readers get, for every client of the API.
 *
 * sanitize-html rather than DOMPurify: it needs no DOM (DOMPurify on the server needs jsdom, and
 * its authors do not vouch for lighter DOMs such as linkedom), its htmlparser2 tokenizer is one
 * linear pass, and its options take the allowlist as it is. Like DOMPurify, the browser's
 * fallback, it keeps the text of a tag it removes (a CMS's <div>, an <h1>), except in the tags
 * below, whose content is code or markup, never the article's text.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [...articleElements],
  allowedAttributes: { '*': [...articleAttributes] },
  allowedSchemes: articleUrlSchemes.map((scheme) => scheme.slice(0, -1)),
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'noscript',
    'template',
    'iframe',
    'object',
    'svg',
    'math',
    'title',
    'xmp',
    'noembed',
    'noframes',
  ],
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/**
 * Markdown with raw HTML off (it stays text) and markdown-it's own link check (no javascript:,
 * vbscript:, file: or non-image data: addresses). Its output goes through the sanitiser all the
 * same: one gate for everything stored.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// The article's title is the page's only <h1>: a "#" heading in the body is a section, <h2>.
markdown.core.ruler.push('article_headings', (state) => {
  for (const token of state.tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && token.tag === 'h1') {
      token.tag = 'h2';
    }
  }
});

/** The body to store, from what was sent: HTML or Markdown, sanitised either way. */
export function articleBodyHtml(body: string, format: ArticleFormat): string {
  return sanitizeArticleHtml(format === 'markdown' ? markdown.render(body) : body);
}
