// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureViews, type ViewBytes } from '../bench/bundle-views';

/**
 * Ceilings on what each view downloads before its first content, gzip -9 bytes: a little above
 * today's build, so new code for the first view has to make room. Bytes do not flake; timings
 * are benchmarks (npm run bench), never tests. The targets are in bundle-views.ts and
 * in docs/bench/results.md.
 */
// Raised by 1.5-3 KB at stop 27 for what a reader must have before the first render: drafts in
// IndexedDB (idb-keyval and the storage that survives a crash, ~1 KB), each comment checked on
// its own so one bad record is dropped, not the page (with the web-address rule and its punycode
// decoder, ~1 KB), long comments cut behind "Show more" and placeholders for missing parents
// (~1 KB). Issue 25 (the app on first interaction) is where the reader's bytes come down.
const ceilings: Record<string, number> = {
  // The comments view's CSS and boot script: its thread and form come as HTML.
  embed: 6_000,
  // The app that takes over the embed's first view afterwards.
  'embed-app': 116_000,
  reader: 112_000,
  'reader-dompurify': 124_500,
  'reader-large': 122_500,
  host: 1_500,
  // count.js (issue 17), whose target is 1 KB.
  count: 800,
};

describe('bytes before the first content (production build)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'parley-budget-'));
  let measured: { views: ViewBytes[]; host: ViewBytes; count?: ViewBytes };

  beforeAll(() => {
    // A build of its own, so the suite never reads a stale dist/.
    const env = { ...process.env, NODE_ENV: 'production' };
    const vite = (...args: string[]) =>
      execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error', ...args], {
        env,
        stdio: 'inherit',
      });
    vite('--emptyOutDir');
    vite('--mode', 'embed-host');
    vite('--mode', 'embed-frame');
    vite('--mode', 'count-host');
    measured = measureViews(outDir);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(Object.keys(ceilings))('%s stays within its ceiling', (name) => {
    const view =
      name === 'host' || name === 'count'
        ? measured[name]
        : measured.views.find((v) => v.name === name);
    expect(view, `no view named ${name}`).toBeDefined();
    expect(
      view!.notSplit,
      'modules listed for the first content that the build no longer splits out',
    ).toEqual([]);
    expect(view!.first.gzip).toBeLessThanOrEqual(ceilings[name]!);
  });

  it('keeps the Spanish catalogue out of every view until a Spanish reader needs it', () => {
    const manifest = JSON.parse(
      readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, { file: string; isDynamicEntry?: boolean }>;
    const spanish = manifest['src/client/i18n/es.ts'];
    expect(spanish?.isDynamicEntry, 'es.ts is a chunk of its own').toBe(true);
    for (const view of measured.views) expect(view.files).not.toContain(spanish!.file);
  });
});
