/**
 * Characters XML 1.0 does not allow anywhere, not even as references: C0 controls but tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A comment may hold them (they
 * are text to JSON), and one of them would make a feed reader refuse the whole feed.
 */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * `text` as XML character data or an attribute value in double quotes: what XML cannot carry is
 * dropped, markup characters become references (so "]]>" and "</content>" stay text). Each pass
 * is one native replace with a fixed replacement (no callback per match), linear in the length.
 */
export const xmlText = (text: string): string =>
  text
    .replace(notXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // A carriage return would be read as a line feed: a reference keeps it.
    .replace(/\r/g, '&#xD;');
