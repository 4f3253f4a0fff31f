/*
 * The failures of a request that got no answer, shared by the reader's request helper
 * (src/client/lib/http.ts) and the WordPress REST client (src/core/wordpress/wp-rest.ts), so
 * whatever retries or explains one retries or explains the other.
 */

/** No answer at all: offline, server down, or the connection dropped. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Could not reach the server.', { cause });
    this.name = 'NetworkError';
  }
}

/** No answer in time. A kind of NetworkError, so whatever retries those retries this too. */
export class TimeoutError extends NetworkError {
  constructor(cause?: unknown) {
    super(cause);
    this.name = 'TimeoutError';
    this.message = 'The server did not answer in time.';
  }
}
