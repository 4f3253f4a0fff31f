/** Elements that hold nothing and have no end tag: they never make HTML deeper. */
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** A start or end tag's name; never scans past it, so one pass over the text finds them all. */
const tagName = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;

/**
 * True when no element of `html` sits more than `limit` elements deep. HTML parsers keep the
 * open elements in a list that each new one is put at the front of (htmlparser2, under
 * sanitize-html), so thousands of unclosed tags cost time in the square of their number: a
 * 500,000-character body of "<b><i>" took 15 s to sanitise. This is one pass that never
 * counts fewer open elements than a parser does: an end tag closes only a matching open
 * element, and everything opened after it, as a parser's does, and tags in comments or
 * attribute values count too. Only deeper HTML, which no article needs, is refused.
 */
export function htmlDepthWithin(html: string, limit: number): boolean {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  for (const [, end, rawName] of html.matchAll(tagName)) {
    const name = rawName!.toLowerCase();
    if (end) {
      if (!openCount.get(name)) continue;
      // Each element is closed once, so the pops of the whole text are at most its pushes.
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        openCount.set(top, openCount.get(top)! - 1);
        if (top === name) break;
      }
    } else if (!voidElements.has(name)) {
      open.push(name);
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      if (open.length > limit) return false;
    }
  }
  return true;
}
