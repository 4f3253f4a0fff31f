import type { Browser, Page } from 'playwright-core';
import { afterNextFrameSource, freshPage } from './bench-browser';
import { median, percentile } from './stats';

/**
 * Opens a discussion and loads pages, as a reader scrolling down would, until `total` comments
 * are loaded or, given `selector`, until an element matching it is on the page.
 */
export async function openDiscussion(
  browser: Browser,
  url: string,
  until: { total: number } | { selector: string },
) {
  const page = await freshPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('article.comment');
  await page.waitForFunction(
    ({ total, selector }) => {
      const loaded = Number(
        document.querySelector('section.discussion')?.getAttribute('data-loaded-count'),
      );
      if (total !== undefined ? loaded >= total : document.querySelector(selector!)) return true;
      // The "Load more comments" button, when it is there and free.
      const more = document.querySelector<HTMLButtonElement>('.discussion__more button');
      if (more && !more.disabled) more.click();
      return false;
    },
    'total' in until
      ? { total: until.total, selector: undefined }
      : { total: undefined, selector: until.selector },
    { timeout: 180_000, polling: 50 },
  );
  return page;
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  keys: number;
}

/**
 * Key press to the next frame, for `keys` presses typed into `field`: from the keydown event's
 * own time stamp to the end of the frame that shows the character.
 */
export async function typingLatency(page: Page, field: string, keys = 200): Promise<Latency> {
  const box = page.locator(field);
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await page.evaluate(`(() => {
    const afterNextFrame = ${afterNextFrameSource};
    window.__latencies = [];
    if (window.__latencyWatch) return;
    window.__latencyWatch = true;
    document.addEventListener('keydown', (event) => {
      afterNextFrame().then((end) => window.__latencies.push(end - event.timeStamp));
    }, true);
  })()`);
  const text = 'the quick brown fox jumps over the lazy dog '
    .repeat(Math.ceil(keys / 44))
    .slice(0, keys);
  // A steady typist: one key every 40 ms, so one key's frame is over before the next key.
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForFunction(
    (n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n,
    keys,
  );
  const samples = await page.evaluate(
    () => (window as unknown as { __latencies: number[] }).__latencies,
  );
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    keys: samples.length,
  };
}

export interface ToggleTimings {
  /** Comments of the thread on the page while it is expanded. */
  shown: number;
  /** Click to the end of the next frame, median, wall clock. */
  collapseMs: number;
  expandMs: number;
  /** The renderer's main thread CPU time over the same span: steadier on a busy machine. */
  collapseCpuMs: number;
  expandCpuMs: number;
}

/**
 * Collapses and expands the thread of comment `id` `rounds` times, first as the page shows it
 * (its first hundred comments), then with every reply shown ("Show more replies" until there
 * is none), and the thread before it while it is fully shown. Each click is timed to the end of
 * the next frame, with the button on screen.
 */
export async function collapseTimings(page: Page, id: string, rounds = 10) {
  await page.locator(`#comment-${id}`).scrollIntoViewIfNeeded();
  const atFirst = await toggleTimings(page, id, rounds);
  const thread = page.locator(`#comment-${id}`).locator('xpath=..');
  for (;;) {
    // The button sits under whichever reply's list was cut short, at any depth of the thread.
    const more = thread.locator('.comment__more').first();
    if ((await more.count()) === 0) break;
    await more.click();
  }
  const inFull = await toggleTimings(page, id, rounds);
  // The thread before it, while all of it is on the page: what a toggle costs its neighbours.
  const neighbour = (await page.evaluate(
    (rootId) =>
      document
        .getElementById(`comment-${rootId}`)
        ?.parentElement?.previousElementSibling?.querySelector(':scope > article.comment')?.id ??
      null,
    id,
  )) as string | null;
  const beside = neighbour
    ? await toggleTimings(page, neighbour.replace(/^comment-/, ''), rounds)
    : undefined;
  return { atFirst, inFull, beside };
}

async function toggleTimings(page: Page, id: string, rounds: number): Promise<ToggleTimings> {
  const root = `document.getElementById(${JSON.stringify(`comment-${id}`)})`;
  const shownNow = `${root}.parentElement.querySelectorAll('article.comment').length`;
  const shown = (await page.evaluate(shownNow)) as number;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpuMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
  const wall = { collapse: [] as number[], expand: [] as number[] };
  const cpu = { collapse: [] as number[], expand: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const kind of ['collapse', 'expand'] as const) {
      // Where a reader clicks it: on screen. Looked up each time, in case it was replaced.
      await page.evaluate(`(async () => {
        ${root}.scrollIntoView({ block: 'start' });
        const afterNextFrame = ${afterNextFrameSource};
        await afterNextFrame();
        await afterNextFrame();
      })()`);
      const before = await cpuMs();
      const ms = (await page.evaluate(`(async () => {
        const afterNextFrame = ${afterNextFrameSource};
        const start = performance.now();
        ${root}.querySelector('.collapse-toggle').click();
        return (await afterNextFrame()) - start;
      })()`)) as number;
      cpu[kind].push((await cpuMs()) - before);
      wall[kind].push(ms);
    }
    const after = (await page.evaluate(shownNow)) as number;
    if (after !== shown) throw new Error(`Expanding showed ${after} comments, not ${shown}.`);
  }
  await cdp.detach();
  return {
    shown,
    collapseMs: median(wall.collapse),
    expandMs: median(wall.expand),
    collapseCpuMs: median(cpu.collapse),
    expandCpuMs: median(cpu.expand),
  };
}
