/*
 * The messages parts of the client pass through the page itself rather than through props,
 * because the sender and the listener live in separate trees (or one of them in no React tree at
 * all: the embed's boot script). Each has a typed sender and a typed listener here, so its name
 * and its payload are written once.
 */

const revealEvent = 'parley:reveal';

/** Says that a permalink has brought comment `commentId` into view. */
export function announceReveal(commentId: string): void {
  window.dispatchEvent(new CustomEvent<string>(revealEvent, { detail: commentId }));
}

/** Calls `listener` with each revealed comment's id until the returned function is called. */
export function onReveal(listener: (commentId: string) => void): () => void {
  const handle = (event: Event) => {
    const { detail } = event as CustomEvent<unknown>;
    if (typeof detail === 'string') listener(detail);
  };
  window.addEventListener(revealEvent, handle);
  return () => window.removeEventListener(revealEvent, handle);
}
