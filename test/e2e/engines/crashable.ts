import { spawn, type ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../browser';
import type { DriverPage, PageOptions } from './driver';
import { launchFirefox, setFirefoxViewport } from './firefox';
import { playwrightPage } from './playwright-driver';
import { puppeteerPage } from './puppeteer-driver';

/** A browser on a profile folder that outlives it, as a reader's does. */
export interface CrashableBrowser {
  page: DriverPage;
  /** SIGKILL to the browser and every process it started: no shutdown, no flush. */
  crash(): Promise<void>;
}

export interface CrashableEngine {
  name: string;
  open(profileDir: string, options: PageOptions): Promise<CrashableBrowser>;
}

/**
 * Kills the process group the browser leads (each is started as the leader of its own), and
 * resolves once none of its processes is left, so the next start finds the profile as a crash
 * leaves it.
 */
async function killGroup(child: ChildProcess | null): Promise<void> {
  const pid = child?.pid;
  if (pid === undefined) throw new Error('The browser has no process to kill.');
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(-pid, 'SIGKILL');
  const deadline = Date.now() + 10_000;
  while (alive()) {
    if (Date.now() > deadline) throw new Error(`Browser process group ${pid} outlived SIGKILL.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The DevTools address Chromium prints once it listens on `--remote-debugging-port=0`. */
function devToolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        child.stderr?.off('data', onData);
        child.stderr?.resume();
        resolve(match[1]!);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before listening:\n${output}`)),
    );
  });
}

/**
 * Debian's Chromium started by hand (Playwright's own launch hides the process), then driven
 * over the DevTools protocol.
 */
const chromiumEngine: CrashableEngine = {
  name: 'Chromium',
  async open(profileDir, { width, height }) {
    const child = spawn(
      chromiumPath,
      [
        ...chromiumArgs,
        `--user-data-dir=${profileDir}`,
        '--remote-debugging-port=0',
        `--window-size=${width},${height}`,
        'about:blank',
      ],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const browser = await chromium.connectOverCDP(await devToolsUrl(child));
    const context = browser.contexts()[0]!;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width, height });
    const crash = () => killGroup(child);
    return { page: playwrightPage(page, crash), crash };
  },
};

/** Debian's Firefox ESR through Puppeteer, which starts it as a process group leader. */
const firefoxEngine: CrashableEngine = {
  name: 'Firefox',
  async open(profileDir, { width, height }) {
    const browser = await launchFirefox(profileDir);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await setFirefoxViewport(page, { width, height });
    const crash = () => killGroup(browser.process());
    return { page: puppeteerPage(page, crash), crash };
  },
};

export const crashableEngines: readonly CrashableEngine[] = [chromiumEngine, firefoxEngine];
