/**
 * `npm run backup -- <file>`: a consistent copy of the database (PARLEY_DB) into <file>, safe to
 * take while the server runs. Restoring is described in the README ("Backup and restore").
 */
import { configFromEnv } from '../config';
import { backupDatabase } from '../backup';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run backup -- <file>   (copies PARLEY_DB, default ./data/parley.db)');
  process.exit(2);
}
const { dbFile } = configFromEnv(process.env);
try {
  const summary = await backupDatabase(dbFile, target);
  console.log(
    `Backed up ${dbFile} to ${summary.file}: ${summary.articles} articles, ` +
      `${summary.comments} comments, ${summary.bytes} bytes, schema version ${summary.schemaVersion}; ` +
      'integrity check ok.',
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
