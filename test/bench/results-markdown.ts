import type { ViewBytes } from './bundle-views';
import type { CacheBustingFigures } from './cache-busting-bench';
import { cacheBustingSection } from './cache-busting-markdown';
import type { Latency, ToggleTimings } from './interactions';
import type { Machine } from './machine';
import type { PageLoad } from './page-load';
import type { LoadResult, ServerFigures } from './server-bench';

type NamedPageLoad = PageLoad & { name: string };

/** Everything measured on one build. */
export interface BuildResults {
  name: string;
  bytes: { views: ViewBytes[]; host: ViewBytes; count?: ViewBytes };
  pages: NamedPageLoad[];
  typing: { leaveReply: Latency; inlineReply: Latency } | undefined;
  collapse:
    | { atFirst: ToggleTimings; inFull: ToggleTimings; beside: ToggleTimings | undefined }
    | undefined;
  server: ServerFigures | undefined;
  cacheBusting?: CacheBustingFigures | undefined;
}

export interface BenchResults {
  machine: Machine;
  seed: number;
  /** The commit measured (this checkout). */
  commit: string;
  /** What the baseline is, when there is one. */
  baselineLabel: string | null;
  /** This build first; then the baseline, when one was given. */
  builds: BuildResults[];
  wordpress: NamedPageLoad[] | null;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const times = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const within = (value: number, limit: number) => (value <= limit ? 'yes' : '**no**');
const table = (head: string[], align: string[], rows: string[][]) => [
  `| ${head.join(' | ')} |`,
  `| ${align.join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];

/** The results file: what was measured, on what, and how it compares, in tables. */
export function resultsMarkdown(r: BenchResults): string {
  const [current, baseline] = r.builds;
  if (!current) throw new Error('No build was measured.');
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (test/bench/run-bench.ts) on ${r.machine.date}. Every comparison`,
    'below was measured in this one run; times are medians of repeated runs. The machine is',
    'shared with other work and noisy: compare ratios, not absolute times, between runs.',
    '',
    `- Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB`,
    `- Node ${r.machine.node}; ${r.machine.chromium}, headless, frames not tied to vsync`,
    `- Synthetic discussions from seed ${r.seed} (\`npm run bench -- --seed N\` for others)`,
    `- This build: commit ${r.commit}`,
    ...(baseline
      ? [`- Baseline, measured in the same run: ${r.baselineLabel ?? 'another checkout'}`]
      : []),
    '',
    ...bytesSection(current),
    ...pagesSection(current, r.wordpress),
    ...interactionSection(current),
    ...serverSection(current),
    ...cacheBustingSection(current.cacheBusting),
    ...(baseline ? beforeAfterSection(baseline, current) : []),
  ];
  return `${lines.join('\n')}\n`;
}

function bytesSection(b: BuildResults) {
  return [
    '## Bytes before the first content',
    '',
    'JS and CSS a view needs before its first content is on screen, each file compressed on its',
    'own (gzip -9, brotli 11), from the production build. "Later" is code the view may load',
    'afterwards (the reply form, the WordPress source). test/unit/bundle-budget.test.ts fails CI',
    "when a view grows past its ceiling. The embed's comments view comes as HTML rendered by the",
    'server (its size is under Page loads): it needs only its CSS and a boot script before it is',
    'on screen, and asks for the app that takes over once that view has been painted.',
    '',
    ...table(
      ['view', 'raw kB', 'gzip kB', 'brotli kB', 'target, gzip kB', 'within', 'later, gzip kB'],
      ['---', '---:', '---:', '---:', '---:', ':---:', '---:'],
      [...b.bytes.views, b.bytes.host, ...(b.bytes.count ? [b.bytes.count] : [])].map((v) => [
        v.label,
        kB(v.first.raw),
        kB(v.first.gzip),
        kB(v.first.brotli),
        v.gzipBudget === undefined ? '' : kB(v.gzipBudget),
        v.gzipBudget === undefined ? '' : within(v.first.gzip, v.gzipBudget),
        kB(v.later.gzip),
      ]),
    ),
    '',
  ];
}

function pagesSection(b: BuildResults, wordpress: NamedPageLoad[] | null) {
  const same = b.pages.find((p) => p.name === '1,000 comments, reader');
  const wp = wordpress?.[0];
  return [
    '## Page loads',
    '',
    'A fresh browser context each time (cold cache), 1280×800, on loopback. First comment: the',
    'frame in which the first comment is laid out; app started: the frame in which the app had',
    'rendered into the page. Heap after a forced garbage collection. Bytes as sent (compressed).',
    '',
    ...table(
      [
        'page',
        'first contentful paint ms',
        'first comment ms',
        'JS heap MB',
        'DOM elements',
        'app started ms',
        'JS+CSS before first comment',
        'HTML kB',
      ],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
      [...b.pages, ...(wordpress ?? [])].map((p) => [
        p.name,
        ms(p.fcpMs),
        ms(p.firstCommentMs),
        p.heapMB.toFixed(1),
        p.domElements.toLocaleString('en'),
        ms(p.appMs),
        `${p.jsCssRequests} files, ${p.jsCssKB.toFixed(0)} kB`,
        p.htmlKB.toFixed(1),
      ]),
    ),
    '',
    wp && same
      ? `Side by side on the same 1,000 comments, Parley against WordPress's own post page: first ` +
        `comment ${times(same.firstCommentMs, wp.firstCommentMs)}, DOM elements ` +
        `${times(same.domElements, wp.domElements)}, JS heap ${times(same.heapMB, wp.heapMB)}. ` +
        'WordPress renders every comment on the server; Parley loads pages of threads and ' +
        'renders those near the screen.'
      : 'No test WordPress was running (`npm run wordpress:up`), so there is no side-by-side.',
    '',
  ];
}

function interactionSection(b: BuildResults) {
  if (!b.typing || !b.collapse) return [];
  const { atFirst, inFull, beside } = b.collapse;
  return [
    '## Interaction, 10,000 comments loaded',
    '',
    'Key press to the end of the next frame, 200 keys typed at one every 40 ms, in three rounds:',
    'each figure is the median of the rounds. A click on the collapse button of the largest',
    "thread to the end of the next frame; CPU is the renderer's main thread over the same span,",
    'steadier than the clock on a busy machine.',
    '',
    ...table(
      ['typing', 'p50 ms', 'p95 ms', 'max ms', 'target', 'within'],
      ['---', '---:', '---:', '---:', '---', ':---:'],
      [
        typingRow('in "Leave a Reply"', b.typing.leaveReply),
        typingRow('in a reply under a comment', b.typing.inlineReply),
      ],
    ),
    '',
    ...table(
      ['thread', 'collapse ms', 'CPU ms', 'expand ms', 'CPU ms', 'collapse < 50 ms'],
      ['---', '---:', '---:', '---:', '---:', ':---:'],
      [
        toggleRow(`largest, as first shown (${atFirst.shown} comments)`, atFirst),
        toggleRow(`largest, every reply shown (${inFull.shown.toLocaleString('en')})`, inFull),
        ...(beside
          ? [toggleRow(`the thread before it, meanwhile (${beside.shown} comments)`, beside)]
          : []),
      ],
    ),
    '',
  ];
}

function serverSection(b: BuildResults) {
  const s = b.server;
  if (!s) return [];
  return [
    '## Server',
    '',
    `autocannon on loopback, ${s.connections} connections, ${s.seconds} s per run, median of ` +
      `${s.rounds} rounds; Parley (PARLEY_RATE_LIMIT=off, PARLEY_LOG=errors) against a bare`,
    'node:http server answering the same bytes (the ceiling), taking turns.',
    '',
    ...table(
      ['request', 'Parley req/s', 'p99 ms', 'ceiling req/s', 'p99 ms', 'Parley / ceiling'],
      ['---', '---:', '---:', '---:', '---:', '---:'],
      [
        serverRow(`GET first page of a 10,000-comment article (${kB(s.bodyBytes.get)} kB)`, s.get),
        ...(s.counts
          ? [
              serverRow(
                `GET /api/counts of ${s.counts.articles} articles (${kB(s.bodyBytes.counts ?? 0)} kB)`,
                s.counts,
              ),
            ]
          : []),
        serverRow('POST a reply', s.post),
      ],
    ),
    '',
    ...(s.counts
      ? [
          `Counts for an index page of ${s.counts.articles} articles, against the page of comments ` +
            `in the same run: ${times(s.counts.parley.requestsPerSecond, s.get.parley.requestsPerSecond)} ` +
            'the requests per second.',
          '',
        ]
      : []),
    `Target, GET at least half the ceiling: ` +
      `${within(0.5, s.get.parley.requestsPerSecond / s.get.ceiling.requestsPerSecond)}.`,
    '',
  ];
}

/** The baseline against this build, measure by measure. */
function beforeAfterSection(before: BuildResults, after: BuildResults) {
  const rows: string[][] = [];
  const row = (what: string, a: number, b: number, format: (n: number) => string) =>
    rows.push([what, format(a), format(b), times(b, a)]);
  for (const view of after.bytes.views) {
    const old = before.bytes.views.find((v) => v.name === view.name);
    if (old) row(`${view.label}, gzip kB`, old.first.gzip, view.first.gzip, kB);
  }
  for (const page of after.pages) {
    const old = before.pages.find((p) => p.name === page.name);
    if (!old) continue;
    row(`${page.name}: first comment ms`, old.firstCommentMs, page.firstCommentMs, ms);
    row(`${page.name}: JS heap MB`, old.heapMB, page.heapMB, (n) => n.toFixed(1));
  }
  if (before.typing && after.typing) {
    row(
      'Typing in Leave a Reply, p95 ms',
      before.typing.leaveReply.p95,
      after.typing.leaveReply.p95,
      ms,
    );
    row(
      'Typing in a reply, p95 ms',
      before.typing.inlineReply.p95,
      after.typing.inlineReply.p95,
      ms,
    );
  }
  if (before.collapse && after.collapse) {
    const labels = {
      atFirst: 'largest thread as first shown',
      inFull: 'largest thread, every reply shown',
      beside: 'the thread before it, meanwhile',
    };
    for (const state of ['atFirst', 'inFull', 'beside'] as const) {
      const [a, b] = [before.collapse[state], after.collapse[state]];
      if (!a || !b) continue;
      const label = labels[state];
      row(`Collapse, ${label}, CPU ms`, a.collapseCpuMs, b.collapseCpuMs, ms);
      row(`Expand, ${label}, CPU ms`, a.expandCpuMs, b.expandCpuMs, ms);
    }
  }
  if (before.server && after.server) {
    const share = (s: ServerFigures, method: 'get' | 'post') =>
      s[method].parley.requestsPerSecond / s[method].ceiling.requestsPerSecond;
    const percent = (n: number) => `${(100 * n).toFixed(0)}%`;
    const [a, b] = [before.server, after.server];
    row('GET comments, share of the ceiling', share(a, 'get'), share(b, 'get'), percent);
    row('GET comments, p99 ms', a.get.parley.p99Ms, b.get.parley.p99Ms, ms);
    row('POST a reply, share of the ceiling', share(a, 'post'), share(b, 'post'), percent);
  }
  if (before.cacheBusting && after.cacheBusting) {
    const [a, b] = [before.cacheBusting.underAttack, after.cacheBusting.underAttack];
    row('Reader while 100 connections miss every cache, p99 ms', a.p99Ms, b.p99Ms, ms);
    row('Reader while 100 connections miss every cache, requests', a.count, b.count, String);
  }
  return [
    '## Before and after',
    '',
    'The baseline checkout and this one, measured in the same run (page loads taking turns).',
    '',
    ...table(
      ['measure', 'baseline', 'this build', 'this / baseline'],
      ['---', '---:', '---:', '---:'],
      rows,
    ),
    '',
  ];
}

function typingRow(what: string, latency: Latency) {
  return [
    what,
    ms(latency.p50),
    ms(latency.p95),
    ms(latency.max),
    'p95 < 16 ms',
    within(latency.p95, 16),
  ];
}

function toggleRow(what: string, t: ToggleTimings) {
  return [
    what,
    ms(t.collapseMs),
    ms(t.collapseCpuMs),
    ms(t.expandMs),
    ms(t.expandCpuMs),
    within(t.collapseMs, 50),
  ];
}

function serverRow(what: string, figures: { parley: LoadResult; ceiling: LoadResult }) {
  const { parley, ceiling } = figures;
  const errors = parley.errors + ceiling.errors;
  return [
    `${what}${errors > 0 ? ` (${errors} errors)` : ''}`,
    parley.requestsPerSecond.toFixed(0),
    String(parley.p99Ms),
    ceiling.requestsPerSecond.toFixed(0),
    String(ceiling.p99Ms),
    (parley.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2),
  ];
}
