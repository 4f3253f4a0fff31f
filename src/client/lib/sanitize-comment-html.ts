import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/**
 * Comment HTML comes from other sites (WordPress): readers' words, with the few inline tags
 * WordPress lets commenters use (its kses list) plus the paragraphs and line breaks it adds.
 * No images (tracking pixels), no headings or tables, no classes, ids or styles; every link
 * gets rel="nofollow ugc noopener". Narrower than the article allowlist on purpose.
 */
const commentConfig = {
  ALLOWED_TAGS: [
    'a',
    'abbr',
    'acronym',
    'b',
    'blockquote',
    'br',
    'cite',
    'code',
    'del',
    'em',
    'i',
    'li',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'strike',
    'strong',
    'ul',
  ],
  ALLOWED_ATTR: ['href', 'title', 'cite', 'datetime'],
  ALLOW_DATA_ATTR: false,
};

let purifier: Purifier | null = null;

/** A DOMPurify of its own, so its hooks never touch the article sanitiser's. */
function commentPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'nofollow ugc noopener');
    }
  });
  return purifier;
}

export function sanitizeCommentHtml(html: string): string {
  return commentPurifier().sanitize(html, commentConfig);
}
