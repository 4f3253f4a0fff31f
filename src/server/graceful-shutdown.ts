import type { Server } from 'node:http';

/**
 * Stops the server without dropping work, on SIGTERM or SIGINT: no new connections; requests
 * already in progress are answered, and each of those answers closes its connection, so that
 * keep-alive clients stop sending here (a busy keep-alive connection never goes idle, and would
 * otherwise hold the server open until the grace period ends). Once every connection is closed,
 * the store is closed, which checkpoints SQLite's write-ahead log, and the process exits.
 * After `graceMs`, connections still open are cut and the store is closed all the same: a
 * client cut off that way got no answer and retries with its idempotency key.
 */
export function gracefulShutdown(
  server: Server,
  closeStore: () => Promise<void>,
  { graceMs = 5_000, say = (line: string) => console.log(line) } = {},
): (signal: string) => void {
  let stopping = false;
  // First in line, so it runs before Hono writes the response's headers.
  server.prependListener('request', (_request, response) => {
    if (stopping) response.setHeader('Connection', 'close');
  });
  let finishing: Promise<void> | undefined;
  const finish = () =>
    (finishing ??= closeStore().then(
      () => process.exit(0),
      () => process.exit(1),
    ));

  return (signal) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing open requests, then closing the database.`);
    server.close(() => void finish());
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      void finish();
    }, graceMs).unref();
  };
}
