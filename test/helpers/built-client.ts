import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A built client on disk, as `vite build` leaves dist/client, made of `files` (path → text), for
 * the server's real routes to serve. `remove` deletes it.
 */
export function builtClient(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-client-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
