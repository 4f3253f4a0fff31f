/**
 * A permalink's address fragment, `#comment-<id>`, read once for the reader and the host script.
 * The id comes percent-encoded as the browser keeps it; a fragment anyone can type must never
 * throw (`#comment-%E0` is not UTF-8), so what does not decode to a plausible id is no permalink.
 */
const commentHash = /^#comment-(.+)$/s;
const longestId = 128;
const controlCharacter = /\p{Cc}/u;

/** The comment id a `#comment-…` fragment names, or null when it names none or is malformed. */
export function commentIdFromHash(hash: string): string | null {
  const encoded = commentHash.exec(hash)?.[1];
  if (encoded === undefined) return null;
  let id: string;
  try {
    id = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return id.length <= longestId && !controlCharacter.test(id) ? id : null;
}

/** The fragment that names comment `id` (the inverse of `commentIdFromHash`). */
export const commentHashOf = (id: string): string => `#comment-${encodeURIComponent(id)}`;
