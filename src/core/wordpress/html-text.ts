import { htmlEntityCodePoints } from './html-entity-table';

const replacement = '\uFFFD';

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`); unknown names stay as they are. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      if (name !== undefined) {
        const codePoint = htmlEntityCodePoints[name as string];
        return codePoint === undefined ? whole : String.fromCodePoint(codePoint);
      }
      const codePoint = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      const valid =
        codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
      return valid ? String.fromCodePoint(codePoint) : replacement;
    },
  );
}

const blockTag =
  /<\/?(?:p|div|blockquote|pre|ul|ol|li|h[1-6]|table|tr|figure|figcaption|hr)(?:\s[^>]*)?\/?>/gi;

/**
 * WordPress's HTML (a rendered title, caption or comment) as plain text in Parley's comment
 * format: paragraphs separated by a blank line, `<br>` as a line break, and a link's address
 * kept after its text when the text does not already show it (the reader turns addresses back
 * into links). Regular expressions suffice for what WordPress sends: kses has already reduced
 * it to well-formed inline tags inside `<p>`; anything stranger still ends up as safe text.
 */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      // Source line breaks are spaces, as in a browser; only tags make lines.
      .replace(/\s+/g, ' ')
      .replace(
        /<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi,
        (_m, _q, href, inner) => linkText(decodeHtmlEntities(href as string), inner as string),
      )
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(blockTag, '\n\n')
      .replace(/<[^>]*>/g, '')
      .split('\n')
      .map((line) =>
        decodeHtmlEntities(line)
          .replace(/[ \t\u00a0]+$/, '')
          .replace(/^ +/, ''),
      )
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function linkText(href: string, innerHtml: string): string {
  const text = innerHtml.replace(/<[^>]*>/g, '');
  if (!/^https?:\/\//i.test(href)) return text;
  const bare = (s: string) =>
    decodeHtmlEntities(s)
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/\/$/, '');
  // "example.com/x" shown for https://example.com/x is already the address.
  return bare(text) === bare(href) ? href : `${text} (${href})`;
}
