import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TrustedProxies } from './client-address';
import { limitConnectionsPerClient } from './connection-limit';

/**
 * How long a client may take to send a request before it is cut off (408): the headers within
 * 10 s, the whole request within 30 s, so sockets that trickle cannot hold the server's
 * connections. Node checks every connection against these once a second (its default is every
 * 30 s, which would let a trickle run three times over).
 */
export const requestTimeouts = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  connectionsCheckingInterval: 1_000,
};

/** Serves `app` over HTTP/1.1 with the timeouts above and a bound on connections per client. */
export function listen(
  app: Pick<Hono, 'fetch'>,
  options: {
    port: number;
    host: string;
    connectionsPerClient: number;
    trustedProxies: TrustedProxies | null;
    timeouts?: typeof requestTimeouts;
  },
  onListening: (info: AddressInfo) => void = () => undefined,
): Server {
  const server = serve(
    {
      fetch: app.fetch,
      port: options.port,
      hostname: options.host,
      serverOptions: options.timeouts ?? requestTimeouts,
    },
    onListening,
  );
  // serve() makes a plain HTTP/1.1 server unless asked for HTTP/2, which Parley never does.
  if (!(server instanceof Server)) throw new Error('Parley expects a plain HTTP server.');
  limitConnectionsPerClient(server, {
    perClient: options.connectionsPerClient,
    exempt: options.trustedProxies,
  });
  return server;
}
