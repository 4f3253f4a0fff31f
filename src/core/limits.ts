/** Limits shared by the server (which enforces them) and the forms (which show them). */
export const limits = {
  commentBodyMax: 10_000,
  authorNameMax: 100,
  authorEmailMax: 254,
  authorUrlMax: 2_000,
  idempotencyKeyMin: 8,
  idempotencyKeyMax: 128,
  /** The honeypot field (`subject`) is refused when filled; this only bounds what is read. */
  honeypotMax: 1_000,
  /** Comments per page of threads; a page holds whole root threads where they fit. */
  commentsPageDefault: 200,
  commentsPageMax: 500,
  /** A request body larger than this is refused with 413 before it is parsed. */
  requestBodyMaxBytes: 64 * 1024,
} as const;
