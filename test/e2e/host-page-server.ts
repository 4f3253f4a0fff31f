import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoHostPage } from '../../src/embed-host/demo-host-page';

/** Serves the demo host page on a port of its own: another origin than Parley's. */
export async function startHostPage(parleyUrl: string, articles: readonly string[]) {
  const html = demoHostPage({ parleyUrl, articles });
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
