/** A piece of comment text: plain text, or a web address to show as a link. */
export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) addresses and bare "www." ones; stops at whitespace and at characters that rarely end one.
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
/** Characters that end a sentence or a bracket more often than an address. */
const trailingPunctuation = new Set('.,;:!?\'")]}');

/**
 * Splits text into plain parts and links. Only http and https addresses become links, so a
 * "javascript:" or "data:" string stays text. Closing brackets that the address did not open,
 * and sentence punctuation at its end, stay outside the link.
 *
 * Linear in the length of the text (issue 15): every address is walked a fixed number of times,
 * however many brackets or punctuation marks it ends with.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const url = withoutTrailingPunctuation(match[0]);
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    const href = /^www\./i.test(url) ? `https://${url}` : url;
    if (isHttpUrl(href)) parts.push({ kind: 'link', text: url, href });
    else parts.push({ kind: 'text', text: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * The address without the punctuation that ends it, except the ")"s that close a "(" inside
 * the address, as in Wikipedia links. One pass back over the punctuation, one over the rest.
 */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && trailingPunctuation.has(url[end - 1]!)) end--;
  let open = 0;
  for (let i = 0; i < end; i++) {
    if (url[i] === '(') open++;
    else if (url[i] === ')') open--;
  }
  // Each ")" kept closes one more "(": keep them while some are still open.
  while (end < url.length && url[end] === ')' && open > 0) {
    end++;
    open--;
  }
  return url.slice(0, end);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
