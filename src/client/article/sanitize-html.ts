import DOMPurify from 'dompurify';
import { articleAttributes, articleElements } from '../../core/article-html-allowlist';
import { finishArticleElement } from './article-html-policy';

/** The article policy for browsers without the Sanitizer API (loaded only there). */
const articleConfig = {
  ALLOWED_TAGS: [...articleElements],
  ALLOWED_ATTR: [...articleAttributes],
  ALLOW_DATA_ATTR: false,
};

let hooked = false;
function addFinishingHook() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', finishArticleElement);
}

export function sanitizeArticleHtml(html: string): string {
  addFinishingHook();
  return DOMPurify.sanitize(html, articleConfig);
}
