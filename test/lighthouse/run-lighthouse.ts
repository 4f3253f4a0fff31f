/**
 * `npm run lighthouse`: Lighthouse over the built app (reader, embed, article list; mobile and
 * desktop) in Debian's Chromium. Writes docs/bench/lighthouse.md and .json, the full HTML reports
 * to test-results/lighthouse/, and exits 1 if an enforced target (lighthouse-targets.ts) is missed.
 */
import { launch } from 'chrome-launcher';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { chromiumArgs, chromiumPath } from '../e2e/browser';
import { startServer } from '../e2e/server-process';
import { auditPage } from './audit-page';
import { lighthouseMarkdown, type LighthouseRun } from './lighthouse-markdown';
import { auditedPages, formFactors, targetsFor } from './lighthouse-targets';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/bench' },
    reports: { type: 'string', default: 'test-results/lighthouse' },
  },
});

/** A fresh Chromium for each audit, as Lighthouse's own CLI does: no run sees another's state. */
async function inFreshChromium<T>(audit: (port: number) => Promise<T>): Promise<T> {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
  try {
    return await audit(chrome.port);
  } finally {
    chrome.kill();
  }
}

const server = await startServer();
const run: LighthouseRun = {
  date: new Date().toISOString().slice(0, 10),
  browser: execFileSync(chromiumPath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim(),
  cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
  results: [],
};
const missed: string[] = [];
try {
  mkdirSync(values.reports, { recursive: true });
  for (const formFactor of formFactors) {
    for (const page of auditedPages) {
      const audit = await inFreshChromium((port) =>
        auditPage(`${server.url}${page.path}`, port, formFactor),
      );
      run.results.push({ ...audit, page });
      const name = `${page.name.toLowerCase().replace(/\W+/g, '-')}-${formFactor}`;
      writeFileSync(join(values.reports, `${name}.html`), audit.html);
      console.log(`${page.name} (${formFactor}):`, audit.scores);
      for (const target of targetsFor(page.name, formFactor)) {
        const score = audit.scores[target.category];
        if (score >= target.min) continue;
        const why = audit.failing
          .filter((failing) => failing.category === target.category)
          .map((failing) => `${failing.id} (${failing.title})`)
          .join(', ');
        const line = `${page.name}, ${formFactor}: ${target.category} ${score} < ${target.min}: ${why}`;
        if (target.enforced) missed.push(line);
        else console.log(`  target not met (recorded, not enforced): ${line}`);
      }
    }
  }
} finally {
  await server.stop();
}

/** Written as `prettier --check` (which CI runs) expects it. */
async function writeFormatted(file: string, text: string, parser: 'markdown' | 'json') {
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), parser }));
}

mkdirSync(values.out, { recursive: true });
await writeFormatted(join(values.out, 'lighthouse.md'), lighthouseMarkdown(run), 'markdown');
const { results, ...about } = run;
const json = { ...about, results: results.map(({ html: _html, ...result }) => result) };
await writeFormatted(join(values.out, 'lighthouse.json'), JSON.stringify(json), 'json');
console.log(`written to ${values.out}/lighthouse.md and lighthouse.json`);

if (missed.length > 0) {
  console.error(`Lighthouse: enforced targets missed:\n  ${missed.join('\n  ')}`);
  process.exit(1);
}
console.log('Lighthouse: accessibility and best practices are 100 on every page.');
