/**
 * Turns for work that holds the event loop for milliseconds: reading a page of comments that no
 * cache holds, rendering the embed's first view, writing a comment. Each waits for its turn and
 * turns come one per pass of the event loop, so between two of them Node reads every socket that
 * is ready and answers what is cheap (a cached page, /healthz, a file) at once. A hundred
 * clients asking for pages no cache can hold then slow down each other, not the readers of
 * cached pages: those wait for one turn at most, never for a hundred.
 *
 * Work that every reader of a page asks for (its first page of comments, its embed) goes ahead
 * of the rest (`first`): there are few such pages, so they are soon cached, and no flood of
 * invented requests can keep a reader's page waiting behind it.
 *
 * The line is bounded: past `maxWaiting`, `take` refuses with ServerBusyError (the routes answer
 * 503 with Retry-After), so a flood costs memory it cannot grow.
 */
export function createTurns({ maxWaiting = 256 }: { maxWaiting?: number } = {}) {
  const first: (() => void)[] = [];
  const rest: (() => void)[] = [];
  let scheduled = false;

  const next = () => {
    (first.shift() ?? rest.shift())?.();
    // setImmediate from inside an immediate runs on the next pass, after the next poll for I/O.
    scheduled = first.length + rest.length > 0;
    if (scheduled) setImmediate(next);
  };

  return {
    /** Resolves when it is this caller's turn; the caller then does its work without awaiting. */
    take({ ahead = false }: { ahead?: boolean } = {}): Promise<void> {
      if (first.length + rest.length >= maxWaiting) {
        return Promise.reject(new ServerBusyError());
      }
      const turn = new Promise<void>((resolve) => (ahead ? first : rest).push(resolve));
      if (!scheduled) {
        scheduled = true;
        setImmediate(next);
      }
      return turn;
    },
    get waiting() {
      return first.length + rest.length;
    },
  };
}

export type Turns = ReturnType<typeof createTurns>;

export class ServerBusyError extends Error {
  constructor() {
    super('The server has more work waiting than it takes on.');
    this.name = 'ServerBusyError';
  }
}
