import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page, type Viewport } from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox contacts outside servers at start-up (remote settings, telemetry, captive-portal checks)
 * unless told not to. The machine has no network beyond loopback, so every such request would
 * hang or fail noisily: point remote settings at a data: URL and send any other non-loopback
 * request to a dead proxy on port 9, which refuses at once.
 */
export const firefoxPrefs = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  // Loopback must stay direct: the app and the host pages under test live there.
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1, [::1]',
} as const;

/**
 * Debian's Firefox ESR, headless over WebDriver BiDi, on a fresh temporary profile, or on
 * `userDataDir` for a test that opens the same profile again.
 */
export function launchFirefox(userDataDir?: string): Promise<Browser> {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `The cross-engine tests need Firefox at ${firefoxPath}: install it with ` +
        '"apt-get install -y firefox-esr" (.ci/run does this).',
    );
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: firefoxPrefs,
    ...(userDataDir && { userDataDir }),
  });
}

/**
 * `page.setViewport`, for Firefox ESR 140: Puppeteer 24 sends the viewport together with a screen
 * orientation, and ESR 140's WebDriver BiDi does not know emulation.setScreenOrientationOverride.
 * The viewport is applied all the same, so that one refusal is let pass.
 */
export async function setFirefoxViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
}
