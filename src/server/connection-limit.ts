import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { TrustedProxies } from './client-address';

/**
 * At most `perClient` open connections per client address. A connection past that closes the
 * address's oldest connection that is not being answered (one still sending its headers, or
 * idle between requests), so a client holding sockets open cannot crowd out its own next
 * request; when every one is busy, the new connection is closed. Trusted proxies carry every
 * reader's connections and have no limit.
 */
export function limitConnectionsPerClient(
  server: Server,
  { perClient, exempt }: { perClient: number; exempt: TrustedProxies | null },
) {
  const byClient = new Map<string, Set<Socket>>();
  const busy = new WeakSet<Socket>();

  server.on('request', (request, response) => {
    const socket = request.socket;
    busy.add(socket);
    response.once('close', () => busy.delete(socket));
  });

  server.on('connection', (socket: Socket) => {
    const client = socket.remoteAddress ?? 'unknown';
    if (exempt?.has(client)) return;
    const open = byClient.get(client) ?? new Set();
    byClient.set(client, open);
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      if (open.size === 0) byClient.delete(client);
    });
    if (open.size <= perClient) return;
    // Oldest first: a Set keeps the order connections were opened in.
    const idle = [...open].find((other) => other !== socket && !busy.has(other));
    (idle ?? socket).destroy();
  });
}
