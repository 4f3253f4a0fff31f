// @vitest-environment node
import { request, Agent, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../../src/server/client-address';
import { listen, requestTimeouts } from '../../src/server/listen';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment } from '../helpers/server';

const commentsPath = `/api/articles/${demoSlug}/comments`;
const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

/** Parley listening on a free loopback port, as `npm start` serves it. */
async function listening(options: Partial<Parameters<typeof listen>[1]> = {}) {
  const { app } = await createTestServer();
  const port = await new Promise<number>((resolve) => {
    servers.push(
      listen(
        app,
        { port: 0, host: '127.0.0.1', connectionsPerClient: 256, trustedProxies: null, ...options },
        (info) => resolve(info.port),
      ),
    );
  });
  return port;
}

/** One request through `agent`: status, headers and body. */
function send(port: number, agent: Agent, method: string, path: string, body?: string) {
  return new Promise<{ status: number; connection: string | undefined; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method,
          path,
          agent,
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode!, connection: res.headers.connection, body: text }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

/** A raw socket to the server; resolves what the server sent once it closed the socket. */
function rawSocket(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.setEncoding('utf8');
  // A reset is what some of these tests wait for: seen through `closed`, not thrown.
  socket.on('error', () => undefined);
  const heard = new Promise<void>((resolve) =>
    socket.on('data', (chunk: string) => {
      received += chunk;
      resolve();
    }),
  );
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  const opened = new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  return { socket, opened, heard, closed };
}

describe('connections', () => {
  it('answers the next request on a keep-alive connection after a 413', async () => {
    const port = await listening();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const huge = JSON.stringify(newComment({ body: 'x'.repeat(100_000) }));
    const refused = await send(port, agent, 'POST', commentsPath, huge);
    expect(refused.status).toBe(413);
    // The unread body leaves the connection unusable: the server says so, and the agent opens
    // a new one rather than failing on it.
    expect(refused.connection).toBe('close');
    const next = await send(port, agent, 'POST', commentsPath, JSON.stringify(newComment()));
    expect(next.status).toBe(201);
    expect((await send(port, agent, 'GET', commentsPath)).status).toBe(200);
    agent.destroy();
  });

  it('answers the next request on a keep-alive connection after a body it did not read', async () => {
    const port = await listening();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const notJson = await new Promise<number>((resolve, reject) => {
      const req = request(
        { port, host: '127.0.0.1', method: 'POST', path: commentsPath, agent },
        (res) => resolve(res.resume().statusCode!),
      );
      req.on('error', reject);
      req.setHeader('content-type', 'text/plain');
      req.end('x'.repeat(10_000));
    });
    expect(notJson).toBe(415);
    expect((await send(port, agent, 'GET', commentsPath)).status).toBe(200);
    agent.destroy();
  });

  it('cuts a client whose headers or body trickle, once the timeouts pass', async () => {
    const port = await listening({
      timeouts: { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 },
    });
    const headers = rawSocket(port);
    await headers.opened;
    headers.socket.write(`GET ${commentsPath} HTTP/1.1\r\nHost: parley.test\r\nX-Slow: `);
    const body = rawSocket(port);
    await body.opened;
    body.socket.write(
      `POST ${commentsPath} HTTP/1.1\r\nHost: parley.test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":`,
    );
    const started = performance.now();
    const trickle = setInterval(() => body.socket.write(' '), 50);
    try {
      expect(await headers.closed).toMatch(/^HTTP\/1\.1 408/);
      expect(await body.closed).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(trickle);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('waits 10 s for headers and 30 s for a whole request, by default', () => {
    expect(requestTimeouts).toMatchObject({ headersTimeout: 10_000, requestTimeout: 30_000 });
  });

  it('bounds connections per client: the oldest idle one is closed for a new request', async () => {
    const port = await listening({ connectionsPerClient: 3 });
    const idle = [rawSocket(port), rawSocket(port), rawSocket(port)];
    await Promise.all(idle.map((socket) => socket.opened));
    const agent = new Agent({ keepAlive: false });
    expect((await send(port, agent, 'GET', commentsPath)).status).toBe(200);
    await idle[0]!.closed;
    expect(idle.slice(1).map((socket) => socket.socket.destroyed)).toEqual([false, false]);
  });

  it('closes a new connection when every one of the client’s is being answered', async () => {
    const port = await listening({ connectionsPerClient: 1 });
    const slow = rawSocket(port);
    await slow.opened;
    // A request under way: its body has not all arrived. Node answers "100 Continue" once it
    // has the headers, which is when the request counts as being answered.
    slow.socket.write(
      `POST ${commentsPath} HTTP/1.1\r\nHost: parley.test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n{`,
    );
    await slow.heard;
    await expect(send(port, new Agent(), 'GET', commentsPath)).rejects.toThrow();
    expect(slow.socket.destroyed).toBe(false);
  });

  it('has no bound for a trusted proxy, which carries every reader', async () => {
    const port = await listening({
      connectionsPerClient: 1,
      trustedProxies: parseTrustedProxies('127.0.0.1'),
    });
    const idle = rawSocket(port);
    await idle.opened;
    expect((await send(port, new Agent(), 'GET', commentsPath)).status).toBe(200);
    expect(idle.socket.destroyed).toBe(false);
  });
});
