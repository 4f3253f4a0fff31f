/**
 * The ceiling for the server benchmark: a bare node:http server that answers every GET (of
 * comments, or of counts) and POST with the bytes Parley answered (status, headers and body),
 * doing nothing else. A POST's body
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
  /** GET /api/counts, where Parley has it. */
  counts?: CannedResponse;
};
const withBytes = (response: CannedResponse) => ({
  ...response,
  bytes: Buffer.from(response.body, 'base64'),
});
const answers = {
  GET: withBytes(canned.get),
  POST: withBytes(canned.post),
  counts: canned.counts && withBytes(canned.counts),
};

const server = createServer((request, response) => {
  const answer =
    request.method === 'POST'
      ? answers.POST
      : request.url?.startsWith('/api/counts?') && answers.counts
        ? answers.counts
        : answers.GET;
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
