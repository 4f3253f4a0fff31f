/**
 * Imports a whole site from its RSS 2.0 or Atom feed, one article per entry, straight into the
 * database (PARLEY_DB, like the server):
 *   npm run import:feed -- <address or file> [--follow] [--max-pages N]
 * Running it again changes nothing: each entry's article is found again by its guid or id.
 * See docs/import.md.
 */
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config';
import { openDb } from '../db';
import { feedPagesMax, importFeed } from '../feed/import-feed';
import { createSqliteStore } from '../sqlite-store';

const usage = 'usage: npm run import:feed -- <feed address or file> [--follow] [--max-pages N]';

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      follow: { type: 'boolean', default: false },
      'max-pages': { type: 'string', default: String(feedPagesMax) },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [source] = args.positionals;
const pagesMax = Number(args.values['max-pages']);
if (!source || args.positionals.length > 1 || !Number.isInteger(pagesMax) || pagesMax < 1) {
  console.error(usage);
  process.exit(2);
}

const config = configFromEnv(process.env);
const store = createSqliteStore(openDb(config.dbFile));
try {
  const report = await importFeed(store, source, { follow: args.values.follow, pagesMax });
  for (const { entry, problem } of report.skipped) console.warn(`Skipped ${entry}: ${problem}`);
  if (report.stopped) console.warn(`Stopped following at ${report.stopped}`);
  const pages = `${report.pages} page${report.pages === 1 ? '' : 's'}`;
  console.log(
    `${source} (${pages}) into ${config.dbFile}: ${report.created} created, ` +
      `${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped`,
  );
} catch (error) {
  console.error(`Could not import ${source}: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
