import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface BackupSummary {
  file: string;
  bytes: number;
  articles: number;
  comments: number;
  /** The copy's schema version (PRAGMA user_version), so a restore can be matched to a release. */
  schemaVersion: number;
}

/**
 * Copies the database at `sourceFile` to `targetFile` with SQLite's online backup API: a
 * consistent copy taken while the server keeps running and writing (the copy includes what is
 * still in the write-ahead log), then checked (integrity check, row counts) by opening it.
 * The copy is one self-contained file. It never overwrites a file that exists.
 */
export async function backupDatabase(
  sourceFile: string,
  targetFile: string,
): Promise<BackupSummary> {
  if (existsSync(targetFile)) {
    throw new Error(`${targetFile} exists already: choose another name, or delete it first.`);
  }
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    mkdirSync(dirname(targetFile), { recursive: true });
    await source.backup(targetFile);
  } finally {
    source.close();
  }
  return checkBackup(targetFile);
}

/** Opens a backup read-only and counts what it holds; throws if SQLite finds it damaged. */
export function checkBackup(file: string): BackupSummary {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`The backup ${file} is damaged: ${String(integrity)}`);
    const count = (table: 'articles' | 'comments') =>
      db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()!.n;
    return {
      file,
      bytes: statSync(file).size,
      articles: count('articles'),
      comments: count('comments'),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    db.close();
  }
}
