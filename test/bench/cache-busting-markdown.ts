import type { CacheBustingFigures, ProbeFigures } from './cache-busting-bench';

/** The target of issue 15: a reader's GET within 100 ms (p99) while 100 connections bust caches. */
export const probeTargetMs = 100;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');

/** The section of docs/bench/results.md on requests made to miss every cache. */
export function cacheBustingSection(figures: CacheBustingFigures | undefined): string[] {
  if (!figures) return [];
  const { connections, seconds, pageLimit, attack, idle, underAttack } = figures;
  const statuses = Object.entries(attack.statuses)
    .map(([status, count]) => `${count.toLocaleString('en')} × ${status}`)
    .join(', ');
  return [
    '## Requests made to miss every cache',
    '',
    `autocannon on loopback, ${connections} connections for ${seconds} s, each request new: pages`,
    `of the 10,000-comment article at every limit up to ${pageLimit} from real cursors and from`,
    'forged ones, its embed in invented languages and on each of its threads, and POSTs the server',
    'refuses (a missing parent, a filled honeypot). Meanwhile a reader opens the 1,000-comment',
    "article's first page of comments and its embed, one after the other every 20 ms, from a",
    `thread of its own. Attack: ${attack.requestsPerSecond.toFixed(0)} requests/s (${statuses}).`,
    '',
    '| reader, while | requests | p50 ms | p99 ms | max ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    probeRow('nothing else runs', idle),
    probeRow(`${connections} connections miss every cache`, underAttack),
    '',
    `Target, the reader's p99 under ${probeTargetMs} ms: ` +
      `${underAttack.p99Ms < probeTargetMs ? 'yes' : '**no**'}.`,
    '',
  ];
}

function probeRow(what: string, p: ProbeFigures) {
  return `| ${what} | ${p.count} | ${ms(p.p50Ms)} | ${ms(p.p99Ms)} | ${ms(p.maxMs)} | ${p.errors} |`;
}
