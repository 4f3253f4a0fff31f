/**
 * `new URL(value)`, or null where that throws. Not `URL.canParse`: in Node 20, once V8 has
 * optimised a caller, its fast path answers false for any text with a Latin-1 letter
 * (`https://bücher.de`), so a server that has checked a few thousand addresses starts refusing
 * good ones.
 */
export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
