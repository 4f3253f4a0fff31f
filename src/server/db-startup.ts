import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DamagedDatabaseError, openDb, type Db } from './db';

/** A reason the server cannot start, in one sentence for whoever runs it: no stack trace. */
export class StartupProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupProblem';
  }
}

const elsewhere = 'or set PARLEY_DB to a database file in a folder that is';

/**
 * Opens the server's database after checking what would otherwise fail later, or halfway: a
 * folder it cannot write in (SQLite keeps its -wal and -shm files beside the database), a file
 * it cannot read or write, a file that is not a database or is damaged (SQLite's quick_check).
 * Each is a StartupProblem saying which file, what is wrong and what to do.
 */
export function openServerDb(file: string): Db {
  if (file === ':memory:') return openDb(file);
  const path = resolve(file);
  const folder = dirname(path);
  if (existsSync(folder) && !allows(folder, constants.W_OK | constants.X_OK)) {
    throw new StartupProblem(
      `Parley cannot write in the folder ${folder}, where the database and its -wal and -shm files are kept: make it writable for the user running Parley, ${elsewhere}.`,
    );
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) {
      throw new StartupProblem(
        `The database ${path} is a folder, not a file: set PARLEY_DB to a database file.`,
      );
    }
    if (!allows(path, constants.R_OK)) {
      throw new StartupProblem(
        `Parley cannot read the database ${path} (permission denied): give the user running Parley read and write permission on it, ${elsewhere}.`,
      );
    }
    if (!allows(path, constants.W_OK)) {
      throw new StartupProblem(
        `The database ${path} is read-only, and Parley must write to it: give the user running Parley write permission on it (and on a read-only disk, copy it to a writable one), ${elsewhere}.`,
      );
    }
  }
  try {
    return openDb(path, { quickCheck: true });
  } catch (error) {
    throw explain(path, error);
  }
}

function allows(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/** What SQLite's error (or the file system's) means for whoever runs the server. */
function explain(path: string, error: unknown): Error {
  const restore = `restore it from a backup (README, "Backup and restore"), or move it aside to start with an empty database`;
  if (error instanceof DamagedDatabaseError) {
    return new StartupProblem(
      `The database ${path} is damaged (SQLite's quick_check found "${error.finding}"): ${restore}.`,
    );
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error as Error;
  if (code === 'SQLITE_NOTADB') {
    return new StartupProblem(
      `The file ${path} is not a SQLite database (or its first page is damaged): set PARLEY_DB to Parley's database, or ${restore}.`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StartupProblem(`The database ${path} is damaged (${code}): ${restore}.`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new StartupProblem(
      `The database ${path} is read-only (${code}), and Parley must write to it: make it and its folder writable for the user running Parley, ${elsewhere}.`,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'EACCES') {
    return new StartupProblem(
      `Parley cannot open the database ${path} (${code}): check that the user running Parley may read and write it and its folder, and that the disk is mounted and healthy.`,
    );
  }
  return error as Error;
}
