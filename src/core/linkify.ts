/** A piece of comment text: plain text, or a web address to show as a link. */
export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) addresses and bare "www." ones; stops at whitespace and at characters that rarely end one.
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const trailingPunctuation = /[.,;:!?'")\]}]+$/;

/**
 * Splits text into plain parts and links. Only http and https addresses become links, so a
 * "javascript:" or "data:" string stays text. Closing brackets that the address did not open,
 * and sentence punctuation at its end, stay outside the link.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    let url = match[0];
    const trailing = trailingPunctuation.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    // Keep a ")" that closes a "(" inside the address, as in Wikipedia links.
    let kept = '';
    for (const char of trailing) {
      if (char === ')' && count(url + kept, '(') > count(url + kept, ')')) kept += char;
      else break;
    }
    url += kept;
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

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
