/**
 * Writes the demo article as static JSON into public/articles/, the files that the static mode
 * (no server) reads. Run with `npm run export:static` after changing the seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../db';
import { seedDemo } from '../seed';
import { createSqliteStore } from '../sqlite-store';
import { exportStatic } from '../static-export';

const outDir = process.argv[2] ?? 'public/articles';
const store = createSqliteStore(openDb(':memory:'));
await seedDemo(store);
const { index, files } = await exportStatic(store);
mkdirSync(outDir, { recursive: true });
const write = (name: string, data: unknown) =>
  writeFileSync(join(outDir, name), `${JSON.stringify(data, null, 2)}\n`);
write('index.json', index);
for (const [slug, file] of files) write(`${slug}.json`, file);
console.log(`Wrote ${files.size + 1} files to ${outDir}`);
await store.close();
