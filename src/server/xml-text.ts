/**
 * Characters XML 1.0 does not allow anywhere, not even as references: C0 controls but tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A comment may hold them (they
 * are text to JSON), and one of them would make a feed reader refuse the whole feed.
 */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const references: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // A carriage return would be read as a line feed: a reference keeps it.
  '\r': '&#xD;',
};

/**
 * `text` as XML character data or an attribute value in double quotes: what XML cannot carry is
 * dropped, markup characters become references (so "]]>" and "</content>" stay text). One
 * pass each, linear in the text's length.
 */
export const xmlText = (text: string): string =>
  text.replace(notXml, '').replace(/[&<>"\r]/g, (c) => references[c]!);
