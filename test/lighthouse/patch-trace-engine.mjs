/**
 * postinstall: Chromium 156 renamed the trace field `chrome_frame_reporter` to `frame_reporter`;
 * the trace engine that Lighthouse 12.2.3 depends on reads only the old name, and six audits crash
 * on the new traces. Teach its ScreenshotsHandler to read either name.
 *
 * Idempotent: a patched file is left alone. It never fails `npm ci`: if the file has moved or
 * changed shape it says so loudly and exits 0. `npm run lighthouse` runs it again with --strict,
 * which exits 1 in that case, so the breakage stops the audits rather than the install.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(
  new URL(
    '../../node_modules/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js',
    import.meta.url,
  ),
);
const original = 'evt.args.data.beginEvent.args.chrome_frame_reporter.frame_sequence';
const patched =
  '(evt.args.data.beginEvent.args.chrome_frame_reporter ?? evt.args.data.beginEvent.args.frame_reporter).frame_sequence';

function shout(message) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\npatch-trace-engine: NOT PATCHED: ${message}`);
  console.error(`Lighthouse audits will crash on Chromium 156 traces.\n${bar}\n`);
}

function patch() {
  if (!existsSync(target)) return shout(`${target} is gone (did Lighthouse's trace engine move?)`);
  const source = readFileSync(target, 'utf8');
  if (source.includes(patched)) return true;
  if (!source.includes(original)) return shout(`${target} no longer has the line to patch`);
  writeFileSync(target, source.replace(original, patched));
  console.log('patch-trace-engine: ScreenshotsHandler now reads frame_reporter too');
  return true;
}

const ok = patch() === true;
if (!ok && process.argv.includes('--strict')) process.exit(1);
