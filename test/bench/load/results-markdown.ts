import { cpus, loadavg } from 'node:os';
import type { StoredCount } from './count-stored';
import type { LatencySummary } from './latency';
import type { LoadReport } from './run-load';

const latencyRow = (what: string, s: LatencySummary) =>
  `| ${what} | ${s.count.toLocaleString('en')} | ${s.p50} | ${s.p95} | **${s.p99}** | ${s.max} |`;

/** The run as a Markdown page, for docs/bench/load-results.md. */
export function resultsMarkdown(report: LoadReport, stored: StoredCount, broken: string[]): string {
  const { options: o } = report;
  const cpu = cpus();
  const perSecond = Math.round((report.created + report.replayed) / (report.durationMs / 1000));
  return `# Load test results

Written by \`npm run load\` (test/bench/load-cli.ts) on ${new Date().toISOString().slice(0, 10)}:
${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, the built server
and the load on the same machine over loopback, a fresh database file (demo article seeded), no
rate limit, request logs off (\`PARLEY_LOG=errors\`). SQLite as in production: WAL with
\`synchronous = FULL\`, so each 201 waits for its commit to reach the disk. Load average when it ended (other work on
the machine counts too): ${loadavg()
    .map((n) => n.toFixed(1))
    .join(', ')}.

**${broken.length === 0 ? 'Every invariant held' : `BROKEN: ${broken.join('; ')}`}.**

## What ran

- ${o.clients} concurrent clients posted ${o.comments.toLocaleString('en')} new comments to one
  article (one in five a reply to an earlier one), each with its own idempotency key;
- every ${o.duplicateEvery}th comment was sent twice at once with the same key (a retry racing
  the request it gave up on): ${report.replayed.toLocaleString('en')} duplicates;
- ${o.readers} readers read the discussion's first page and the article, alternately, for as long
  as the clients posted.

## What was stored (counted in the database file afterwards)

| | |
| --- | --- |
| rows with this run's keys | ${stored.rows.toLocaleString('en')} |
| distinct keys / distinct bodies | ${stored.distinctKeys.toLocaleString('en')} / ${stored.distinctBodies.toLocaleString('en')} |
| answers "created" / "replayed" | ${report.created.toLocaleString('en')} / ${report.replayed.toLocaleString('en')} |
| failed posts / failed reads | ${report.postFailures.length} / ${report.readFailures.length} |

## Timings

${report.durationMs.toLocaleString('en')} ms for all posts, ${perSecond.toLocaleString('en')} POSTs a second.
Reads completed while posting: ${report.reads.toLocaleString('en')} (per quarter of the run:
${report.readsPerQuarter.join(', ')}); the longest stretch without one: ${report.longestReadGapMs} ms.

| requests | count | p50 ms | p95 ms | p99 ms | max ms |
| --- | --: | --: | --: | --: | --: |
${latencyRow('POST comment', report.postLatency)}
${latencyRow('GET comments / article', report.readLatency)}
`;
}
