import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  dbFile: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built server (dist/server) on a free port, waiting until it says it is listening. */
export function startServer(
  options: {
    dbFile?: string;
    port?: number;
    env?: Record<string, string>;
    /** Another build's server (the benchmarks build their own, and may compare two). */
    entry?: string;
  } = {},
): Promise<RunningServer> {
  const dbFile = options.dbFile ?? join(mkdtempSync(join(tmpdir(), 'parley-e2e-')), 'parley.db');
  const child = spawn(process.execPath, [options.entry ?? 'dist/server/index.js'], {
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      PARLEY_DB: dbFile,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        resolve({
          url: match[1]!,
          dbFile,
          process: child,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The server exited (${code}) before listening:\n${output}`)),
    );
  });
}
