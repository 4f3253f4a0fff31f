import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * The addresses of the built client's module for source file `src` and of the modules it
 * imports, from Vite's manifest (dist/client/.vite/manifest.json); none where the build has no
 * manifest or no such module.
 */
export function builtModulesOf(clientDir: string, src: string): string[] {
  const file = join(clientDir, '.vite', 'manifest.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  const found = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || found.has(`/${chunk.file}`)) return;
    found.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(src);
  return [...found];
}
