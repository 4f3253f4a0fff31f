// @vitest-environment node
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { openDb } from '../../src/server/db';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { newComment, postJson } from '../helpers/server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A folder for one test that the server may enter, or write in too (`shared`): the server may
 * run as another user (below).
 */
function folder({ shared = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-startup-'));
  chmodSync(dir, shared ? 0o777 : 0o755);
  dirs.push(dir);
  return dir;
}

/** A database as Parley leaves it: the demo article, checkpointed and closed. */
async function savedDb(file: string) {
  const db = openDb(file);
  await seedDemo(createSqliteStore(db));
  db.close();
}

/** Overwrites the pages of the comments table and its indexes with noise. */
function damageComments(file: string) {
  const db = openDb(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db
    .prepare<[], number>("SELECT rootpage FROM sqlite_schema WHERE tbl_name = 'comments'")
    .pluck()
    .all()
    .filter((page) => page > 0);
  db.close();
  const fd = openSync(file, 'r+');
  for (const page of pages)
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
}

// Root may read and write any file, so when the tests run as root the server runs as nobody,
// for whom the permissions below mean what they say.
const asRoot = process.getuid?.() === 0;
const serverUser = asRoot ? { uid: 65534, gid: 65534 } : {};

/** Starts Parley's server (src/server/index.ts) on `file`; what it says once it has stopped. */
function startOn(file: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
    env: { ...process.env, PARLEY_DB: file, PORT: '0', HOST: '127.0.0.1', PARLEY_LOG: 'errors' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...serverUser,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    // It started after all: stop it, and the test fails on the exit code.
    if (chunk.toString().includes('running at')) child.kill();
  });
  return new Promise((done) => child.once('exit', (code) => done({ code, stderr })));
}

/** The server stopped with one sentence naming `path` and matching `what`, and no stack. */
async function expectStopped(file: string, path: string, what: RegExp) {
  const { code, stderr } = await startOn(file);
  expect(code).toBe(1);
  const said = stderr.trim();
  expect(said.split('\n')).toHaveLength(1);
  expect(said).not.toMatch(/\n\s+at |Error:/);
  expect(said).toContain(path);
  expect(said).toMatch(what);
}

describe('the database when the server starts', () => {
  it('stops, saying so, when the database is damaged', async () => {
    const file = join(folder({ shared: true }), 'parley.db');
    await savedDb(file);
    damageComments(file);
    chmodSync(file, 0o666);
    await expectStopped(
      file,
      file,
      /^The database .* is damaged \(SQLite's quick_check found .*\): restore it from a backup/,
    );
  }, 30_000);

  it('stops when the file is not a database', async () => {
    const file = join(folder({ shared: true }), 'notes.txt');
    writeFileSync(
      file,
      'Shopping list: eggs, bread, and much more text than a header.\n'.repeat(200),
    );
    chmodSync(file, 0o666);
    await expectStopped(file, file, /^The file .* is not a SQLite database/);
  }, 30_000);

  it('stops when the database cannot be read', async () => {
    const dir = folder({ shared: true });
    const file = join(dir, 'parley.db');
    await savedDb(file);
    chmodSync(file, 0o000);
    await expectStopped(
      file,
      file,
      /^Parley cannot read the database .* \(permission denied\): give the user/,
    );
  }, 30_000);

  it('stops when the database is read-only', async () => {
    const dir = folder({ shared: true });
    const file = join(dir, 'parley.db');
    await savedDb(file);
    chmodSync(file, 0o444);
    await expectStopped(file, file, /^The database .* is read-only, and Parley must write to it/);
  }, 30_000);

  it('stops when its folder cannot be written in', async () => {
    const dir = join(folder(), 'data');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    await expectStopped(
      join(dir, 'parley.db'),
      dir,
      /^Parley cannot write in the folder .*: make it writable/,
    );
  }, 30_000);

  it('stops when the database is a folder', async () => {
    const dir = folder();
    await expectStopped(dir, resolve(dir), /is a folder, not a file/);
  }, 30_000);
});

describe('the database files', () => {
  it('are created for the server’s user only: folder 0700, database, -wal and -shm 0600', async () => {
    const dir = join(folder(), 'data');
    const file = join(dir, 'parley.db');
    const db = openDb(file);
    await seedDemo(createSqliteStore(db));
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    expect([file, `${file}-wal`, `${file}-shm`].map(mode)).toEqual([0o600, 0o600, 0o600]);
    db.close();
  });

  it('are made 0600 when an older Parley left them readable by others', () => {
    const file = join(folder(), 'parley.db');
    openDb(file).close();
    chmodSync(file, 0o644);
    const db = openDb(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    db.close();
  });

  it('never acknowledge a comment written to a database damaged since the start', async () => {
    const file = join(folder(), 'parley.db');
    await savedDb(file);
    damageComments(file);
    // Opened without the start-up check, as if the damage came later.
    const app = createApp(createSqliteStore(openDb(file)));
    const res = await app.request(`/api/articles/${demoSlug}/comments`, postJson(newComment()));
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { code: 'internal' } });
  });
});
