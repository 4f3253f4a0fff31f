import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { chromiumPath } from '../e2e/browser';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  date: string;
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(now = new Date()): Machine {
  let chromium = 'not found';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported as "not found"; the browser benchmarks then fail with their own message.
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    date: now.toISOString(),
  };
}
