import { htmlEntityCodePoints } from './html-entity-table';

const replacement = '\uFFFD';

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`); unknown names stay as they are. */
export function decodeHtmlEntities(text: string): string {
  // Bounded repetitions only: each "&" is looked at for at most 34 characters.
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      if (name !== undefined) {
        // Own names only: "&constructor;" is not a reference to Object's.
        const codePoint = Object.hasOwn(htmlEntityCodePoints, name as string)
          ? htmlEntityCodePoints[name as string]
          : undefined;
        return codePoint === undefined ? whole : String.fromCodePoint(codePoint);
      }
      const codePoint = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      const valid =
        codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
      return valid ? String.fromCodePoint(codePoint) : replacement;
    },
  );
}

const blockTags = new Set(
  'p div blockquote pre ul ol li h1 h2 h3 h4 h5 h6 table tr figure figcaption hr'.split(' '),
);
/** A tag's start: "<" then a name, "/name", "!" (comment, doctype) or "?". */
const tagStart = /<(\/?)([A-Za-z][A-Za-z0-9]*)?/y;
const hrefAttribute = /(?:^|[\s"'/])href\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/**
 * WordPress's HTML (a rendered title, caption or comment) as plain text in Parley's comment
 * format: paragraphs separated by a blank line, `<br>` as a line break, and a link's address
 * kept after its text when the text does not already show it (the reader turns addresses back
 * into links). kses has already reduced what WordPress sends to well-formed inline tags inside
 * `<p>`; anything stranger still ends up as safe text.
 *
 * One pass from left to right, linear in the length of the HTML whatever it holds (issue 15):
 * every search ahead (the next ">", the end of a comment, a script or a link) remembers where
 * it stopped, so an unclosed "<", "<!--", "<script" or "<a" repeated thousands of times is not
 * searched for again from each of them.
 */
export function htmlToText(html: string): string {
  // Source line breaks are spaces, as in a browser; only tags make lines.
  const source = html.replace(/\s+/g, ' ');
  const ahead = searchAhead(source);
  const out: string[] = [];
  // Text since the last tag, decoded in one piece when the next tag (or the end) comes.
  let textStart = 0;
  const endText = (end: number) => {
    if (end > textStart) out.push(decodeHtmlEntities(source.slice(textStart, end)));
  };
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = ahead.find('-->', i + 4);
      if (end !== -1) {
        endText(lt);
        textStart = i = end + 3;
        continue;
      }
    }
    tagStart.lastIndex = i;
    const start = tagStart.exec(source)!;
    const closing = start[1] === '/';
    const name = start[2]?.toLowerCase();
    const special = source[i + 1] === '!' || source[i + 1] === '?';
    const gt = name !== undefined || special ? ahead.find('>', i) : -1;
    if (gt === -1) {
      // Not a tag ("a < b", or one never closed): the "<" is text.
      i++;
      continue;
    }
    endText(lt);
    const tag = source.slice(i, gt + 1);
    textStart = i = gt + 1;
    if (closing || name === undefined) {
      if (name !== undefined && blockTags.has(name)) out.push('\n\n');
      continue;
    }
    if (name === 'script' || name === 'style') {
      const end = ahead.closingTag(name, i);
      if (end) textStart = i = end.after;
    } else if (name === 'a') {
      const end = ahead.closingTag('a', i);
      const href = hrefAttribute.exec(tag);
      if (end && href) {
        const inner = source.slice(i, end.at);
        out.push(linkText(decodeHtmlEntities(href[1] ?? href[2] ?? ''), stripTags(inner)));
        textStart = i = end.after;
      }
    } else if (name === 'br') {
      out.push('\n');
    } else if (blockTags.has(name)) {
      out.push('\n\n');
    }
  }
  endText(source.length);
  return out
    .join('')
    .split('\n')
    .map((line) => trimLine(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Searches in `text` that only ever move forward: a search from before the place the last one
 * found (or from anywhere, once one found nothing) answers without looking again.
 */
function searchAhead(text: string) {
  const found = new Map<string, { from: number; at: number }>();
  const lower = new Map<string, RegExp>();
  return {
    /** The index of `what` at or after `from`, or -1. */
    find(what: string, from: number): number {
      const last = found.get(what);
      if (last && from >= last.from && (last.at === -1 || from <= last.at)) return last.at;
      const at = text.indexOf(what, from);
      found.set(what, { from, at });
      return at;
    },
    /** The next `</name>` (any case, spaces before ">") at or after `from`. */
    closingTag(name: string, from: number): { at: number; after: number } | undefined {
      const key = `</${name}`;
      const last = found.get(key);
      if (last && from >= last.from && (last.at === -1 || from <= last.at)) {
        return last.at === -1 ? undefined : { at: last.at, after: text.indexOf('>', last.at) + 1 };
      }
      let pattern = lower.get(name);
      if (!pattern) lower.set(name, (pattern = new RegExp(`</${name}\\s*>`, 'gi')));
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      found.set(key, { from, at: match ? match.index : -1 });
      return match ? { at: match.index, after: match.index + match[0].length } : undefined;
    },
  };
}

/** A link's inner HTML as text: its tags dropped, its references decoded. */
function stripTags(html: string): string {
  let text = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return text + decodeHtmlEntities(html.slice(i));
    text += decodeHtmlEntities(html.slice(i, lt));
    const gt = html.indexOf('>', lt);
    // An unclosed "<" keeps the rest as text, so this never searches twice.
    if (gt === -1) return text + decodeHtmlEntities(html.slice(lt));
    i = gt + 1;
  }
  return text;
}

/** A line without the spaces a browser would not show at its ends. */
function trimLine(line: string): string {
  let start = 0;
  while (line[start] === ' ') start++;
  let end = line.length;
  while (end > start && ' \t\u00a0'.includes(line[end - 1]!)) end--;
  return line.slice(start, end);
}

function linkText(href: string, text: string): string {
  if (!/^https?:\/\//i.test(href)) return text;
  const bare = (s: string) =>
    s
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/\/$/, '');
  // "example.com/x" shown for https://example.com/x is already the address.
  return bare(text) === bare(href) ? href : `${text} (${href})`;
}
