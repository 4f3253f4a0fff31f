import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSlug } from '../../src/server/seed/demo-article';
import { countStored } from '../bench/load/count-stored';
import { brokenInvariants } from '../bench/load/invariants';
import { runLoad, type LoadReport } from '../bench/load/run-load';
import { startServer, type RunningServer } from './server-process';

/**
 * `npm run load` at a tenth of its size (1,000 comments, 50 clients): the same invariants, in
 * seconds. The full run's numbers are in docs/bench/load-results.md.
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { PARLEY_RATE_LIMIT: 'off', PARLEY_LOG: 'errors' } });
});
afterAll(async () => {
  await server?.stop();
});

describe('concurrent load on the real server', () => {
  it('stores 1,000 comments from 50 clients exactly once, a tenth sent twice, readers served', async () => {
    const runId = `load-test-${Date.now()}`;
    const report: LoadReport = await runLoad({
      baseUrl: server.url,
      slug: demoSlug,
      comments: 1_000,
      clients: 50,
      readers: 4,
      duplicateEvery: 10,
      runId,
    });
    await server.stop();
    const stored = countStored(server.dbFile, runId);
    // Generous: two cores shared with the other suites. The recorded full run shows the real gap.
    expect(brokenInvariants(report, stored, { maxReadGapMs: 5_000 })).toEqual([]);
    expect(stored.rows).toBe(1_000);
    expect(report.replayed).toBe(100);
    console.log(
      `load: ${report.durationMs} ms, POST p99 ${report.postLatency.p99} ms, ` +
        `read p99 ${report.readLatency.p99} ms, ${report.reads} reads, ` +
        `longest read gap ${report.longestReadGapMs} ms`,
    );
  });
});
