import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftSaveDelayMs } from '../../src/client/drafts/draft-saver';
import type { Target } from '../e2e/engines/driver';
import { crashableEngines, type CrashableEngine } from '../e2e/engines/crashable';
import { slug } from '../e2e/reply-helpers';
import { startServer } from '../e2e/server-process';
import { describeMachine } from './machine';
import { expect, it } from 'vitest';

/**
 * How long before a crash a draft must have been typed to survive it: for each delay after the
 * last key, each engine is killed with SIGKILL that long after the typing, started again on the
 * same profile, and asked for the draft. The same text written to localStorage by the page at
 * the end of the typing (300 ms before the draft's own save) is the baseline in the same run.
 * `npm run bench:crash` (needs `npm run build`); writes docs/bench/draft-crash.md. It runs under
 * Vitest (its own config, never in `npm test`): tsx would rename the functions Puppeteer sends
 * to Firefox, and they would not run there.
 */
const delaysMs = [0, 200, 300, 400, 500, 700, 1_000, 2_500, 5_000];
const rounds = Number(process.env.ROUNDS ?? 3);
const output = 'docs/bench/draft-crash.md';

/** Runs in the page (so it stands alone): the baseline, what was typed put in localStorage. */
function keepTypedInLocalStorage() {
  const box = document.querySelector<HTMLTextAreaElement>('.leave-reply textarea');
  localStorage.setItem('parley-crash-probe', box?.value ?? '');
}

const commentBox: Target = { label: 'Comment', within: { role: 'form', name: 'Leave a Reply' } };

interface Survival {
  draft: boolean;
  localStorage: boolean;
}

async function crashOnce(
  engine: CrashableEngine,
  url: string,
  delayMs: number,
  round: number,
): Promise<Survival> {
  const profileDir = mkdtempSync(join(tmpdir(), 'parley-crash-bench-'));
  const text = `Draft ${delayMs} ms before the crash, round ${round}`;
  try {
    const before = await engine.open(profileDir, { width: 1280, height: 800 });
    await before.page.goto(url);
    await before.page.fill(commentBox, text);
    await before.page.evaluate(keepTypedInLocalStorage);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await before.crash();

    const after = await engine.open(profileDir, { width: 1280, height: 800 });
    await after.page.goto(url);
    await after.page.waitFor(commentBox);
    const draft = (await after.page.inputValue(commentBox)) === text;
    const stored = await after.page.evaluate(() => localStorage.getItem('parley-crash-probe'));
    await after.crash();
    return { draft, localStorage: stored === text };
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** The shortest delay from which every round of every longer delay kept the draft. */
function promise(results: Map<number, Survival[]>, key: keyof Survival): number | undefined {
  let shortest: number | undefined;
  for (const delay of [...delaysMs].reverse()) {
    if (!results.get(delay)!.every((survival) => survival[key])) break;
    shortest = delay;
  }
  return shortest;
}

it('measures how long before a crash a draft survives', { timeout: 3_600_000 }, async () => {
  const server = await startServer({ env: { PARLEY_RATE_LIMIT: 'off', PARLEY_LOG: 'errors' } });
  const url = `${server.url}/articles/${slug}`;
  const lines: string[] = [];
  const summary: string[] = [];
  try {
    for (const engine of crashableEngines) {
      const results = new Map<number, Survival[]>();
      for (const delay of delaysMs) results.set(delay, []);
      // Rounds outermost: a slow spell of the machine spreads over every delay.
      for (let round = 1; round <= rounds; round++) {
        for (const delay of delaysMs) {
          const survival = await crashOnce(engine, url, delay, round);
          results.get(delay)!.push(survival);
          console.log(engine.name, `${delay} ms`, `round ${round}`, survival);
        }
      }
      const count = (delay: number, key: keyof Survival) =>
        `${results.get(delay)!.filter((survival) => survival[key]).length}/${rounds}`;
      lines.push(
        `### ${engine.name}`,
        '',
        '| killed after the last key | draft kept | localStorage kept |',
      );
      lines.push('| ---: | ---: | ---: |');
      for (const delay of delaysMs) {
        lines.push(`| ${delay} ms | ${count(delay, 'draft')} | ${count(delay, 'localStorage')} |`);
      }
      lines.push('');
      const show = (ms: number | undefined) =>
        ms === undefined ? `more than ${delaysMs.at(-1)} ms` : `${ms} ms`;
      summary.push(
        `- ${engine.name}: a draft typed **${show(promise(results, 'draft'))}** before the crash survives ` +
          `(localStorage in the same run: ${show(promise(results, 'localStorage'))}).`,
      );
    }
  } finally {
    await server.stop();
  }

  const machine = describeMachine();
  writeFileSync(
    output,
    [
      '# Drafts through a browser crash',
      '',
      `\`npm run bench:crash\`, ${machine.date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ` +
        `${machine.chromium}, Firefox ESR. Each browser is killed with SIGKILL (the whole process ` +
        'group) the given time after the last key, started again on the same profile, and asked for ' +
        `the draft; ${rounds} rounds per delay, each on a fresh profile. The draft is saved ` +
        `${draftSaveDelayMs} ms after the last key (the debounce) in IndexedDB with strict ` +
        'durability; the localStorage column is the same text written by the page at the last key.',
      '',
      ...summary,
      '',
      ...lines,
    ].join('\n'),
  );
  console.log(`Wrote ${output}`);
  expect(summary).toHaveLength(crashableEngines.length);
});
