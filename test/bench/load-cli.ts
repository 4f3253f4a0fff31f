/**
 * The load test at full size: `npm run load` (builds first). 50 clients post 10,000 comments,
 * a tenth of them twice with the same idempotency key, while readers read; then the comments are
 * counted in the database file. Flags: --comments N --clients N --readers N --duplicate-every N,
 * and --out FILE to write the results as Markdown (docs/bench/load-results.md is the recorded run).
 * Exits 1 when an invariant breaks. Loopback only: it starts its own server on a fresh database.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { demoSlug } from '../../src/server/seed/demo-article';
import { startServer } from '../e2e/server-process';
import { countStored } from './load/count-stored';
import { brokenInvariants } from './load/invariants';
import { resultsMarkdown } from './load/results-markdown';
import { runLoad } from './load/run-load';

const { values } = parseArgs({
  options: {
    comments: { type: 'string', default: '10000' },
    clients: { type: 'string', default: '50' },
    readers: { type: 'string', default: '4' },
    'duplicate-every': { type: 'string', default: '10' },
    out: { type: 'string' },
  },
});
const count = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number above 0.`);
  return n;
};

const server = await startServer({ env: { PARLEY_RATE_LIMIT: 'off', PARLEY_LOG: 'errors' } });
console.log(`Server at ${server.url}, database ${server.dbFile}`);
const runId = `load-${Date.now()}`;
try {
  const report = await runLoad({
    baseUrl: server.url,
    slug: demoSlug,
    comments: count('comments'),
    clients: count('clients'),
    readers: count('readers'),
    duplicateEvery: count('duplicate-every'),
    runId,
  });
  await server.stop();
  const stored = countStored(server.dbFile, runId);
  const broken = brokenInvariants(report, stored, { maxReadGapMs: 2_000 });
  const markdown = resultsMarkdown(report, stored, broken);
  console.log(markdown);
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    // Formatted as the repository's format check expects, so a recorded run can be committed.
    const options = await resolveConfig(values.out);
    writeFileSync(values.out, await format(markdown, { ...options, filepath: values.out }));
    console.log(`Written to ${values.out}`);
  }
  process.exitCode = broken.length === 0 ? 0 : 1;
} finally {
  await server.stop();
}
