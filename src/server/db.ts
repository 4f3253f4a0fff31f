import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the database file, or `:memory:`, and brings its schema up to date.
 * `quickCheck`: first runs SQLite's quick_check, and throws DamagedDatabaseError if it fails,
 * before a migration writes to a damaged file.
 */
export function openDb(file: string, { quickCheck = false } = {}): Db {
  if (file !== ':memory:') keepPrivate(file);
  const db = new Database(file);
  try {
    if (quickCheck) {
      const verdict = String(db.pragma('quick_check', { simple: true }));
      if (verdict !== 'ok') throw new DamagedDatabaseError(oneLine(verdict));
    }
    db.pragma('journal_mode = WAL');
    // FULL: a commit reaches the disk before the 201 is sent, so an acknowledged comment survives
    // a power cut or a kernel crash, not only a killed process (which NORMAL would survive too).
    // It costs about half a millisecond a comment here (docs/bench/load-results.md), cheap for comments.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export class DamagedDatabaseError extends Error {
  constructor(readonly finding: string) {
    super(`quick_check found: ${finding}`);
    this.name = 'DamagedDatabaseError';
  }
}

/** SQLite's findings, one a line (and many lines for a badly damaged file), as a short line. */
function oneLine(findings: string): string {
  const line = findings
    .split('\n')
    .map((finding) => finding.trim())
    .filter((finding) => finding && !finding.startsWith('***'))
    .join('; ');
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/**
 * The database holds readers' email addresses: its folder is made 0700 and the file 0600 when
 * Parley creates them (SQLite gives the -wal and -shm files the database file's mode), and a
 * file of Parley's own that others may read is made 0600 too, with its -wal and -shm.
 */
function keepPrivate(file: string) {
  const folder = dirname(file);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(path)) continue;
    const { mode, uid } = statSync(path);
    if ((mode & 0o077) !== 0 && uid === process.getuid?.()) chmodSync(path, mode & 0o700);
  }
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  migrations.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}
