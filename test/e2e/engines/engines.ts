import type { Engine } from './driver';
import { launchFirefoxEngine } from './puppeteer-driver';
import { launchChromiumEngine } from './playwright-driver';

/** Every engine the cross-engine flows run on: Blink and Gecko. */
export const engines: readonly { name: string; launch: () => Promise<Engine> }[] = [
  { name: 'Chromium', launch: launchChromiumEngine },
  { name: 'Firefox', launch: launchFirefoxEngine },
];
