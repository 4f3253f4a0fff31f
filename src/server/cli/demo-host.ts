/**
 * Serves a demo "host site" that embeds Parley, on another origin than Parley's own:
 * `npm run demo:host` (PARLEY_URL, default http://127.0.0.1:3000; DEMO_PORT, default 3001).
 */
import { createServer } from 'node:http';
import { demoHostPage } from '../../embed-host/demo-host-page';
import { demoSlug } from '../seed/demo-article';

const parleyUrl = (process.env.PARLEY_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const port = Number(process.env.DEMO_PORT ?? 3001);
const html = demoHostPage({ parleyUrl, articles: [demoSlug, demoSlug] });

createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(html);
}).listen(port, '127.0.0.1', () => {
  console.log(`Demo host page: http://localhost:${port}/ (embedding ${parleyUrl})`);
});
