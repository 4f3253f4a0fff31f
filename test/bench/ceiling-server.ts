/**
 * The ceiling for the server benchmark: a bare node:http server that answers every GET and POST
 * with the bytes Parley answered (status, headers and body), doing nothing else. A POST's body
 * is read in full first, as Parley must. Usage: tsx ceiling-server.ts <responses.json>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CannedResponse {
  status: number;
  headers: Record<string, string>;
  /** Base64, so any bytes survive the JSON file. */
  body: string;
}

const file = process.argv[2];
if (!file) throw new Error('usage: ceiling-server.ts <responses.json>');
const canned = JSON.parse(readFileSync(file, 'utf8')) as {
  get: CannedResponse;
  post: CannedResponse;
};
const answers = {
  GET: { ...canned.get, bytes: Buffer.from(canned.get.body, 'base64') },
  POST: { ...canned.post, bytes: Buffer.from(canned.post.body, 'base64') },
};

const server = createServer((request, response) => {
  const answer = request.method === 'POST' ? answers.POST : answers.GET;
  request.resume();
  request.on('end', () => {
    response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.bytes.length });
    response.end(answer.bytes);
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
