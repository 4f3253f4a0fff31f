import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exchange } from './recorded-fetch';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Recorded exchanges with the real test WordPress (see record-fixtures.ts). */
export function fixture(name: string): Exchange[] {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Exchange[];
}

/** Where the fixtures were recorded, and what the seed put there. */
export const recordedSite = 'http://127.0.0.1:8481';
export const recordedPlainSite = 'http://127.0.0.2:8481';
