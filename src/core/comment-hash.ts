/**
 * A permalink's address fragment, `#comment-<id>`, read once for the reader and the host script.
 * The id comes percent-encoded as the browser keeps it; a fragment anyone can type must never
 * throw (`#comment-%E0` is not UTF-8), so one that does not decode names no comment.
 */
export function commentIdFromHash(hash: string): string | null {
  const encoded = /^#comment-(.+)$/s.exec(hash)?.[1];
  try {
    return encoded === undefined ? null : decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** The fragment that names comment `id` (the inverse of `commentIdFromHash`). */
export const commentHashOf = (id: string): string => `#comment-${encodeURIComponent(id)}`;
