/**
 * The client's folders depend on each other in one direction only (app → article → thread →
 * reply → lib, say): a cycle between two folders means neither can be read, moved or tested
 * without the other. ESLint's import-x/no-cycle sees cycles between files; this sees them
 * between folders, which is where they grow first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const client = resolve(import.meta.dirname, '../../src/client');

/** Every .ts/.tsx file under `folder`. */
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

/** The client folder a path lies in (its first segment under src/client), if any. */
function folderOf(path: string): string | undefined {
  const parts = relative(client, path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/** Which client folders each client folder imports from (static and dynamic imports). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(client)) {
    const from = folderOf(file);
    if (from === undefined) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(resolve(dirname(file), fileName));
      if (to !== undefined && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Each cycle as the path that closes it, e.g. ["article", "thread", "article"]. */
function cyclesIn(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) walk(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) walk(node, []);
  return cycles;
}

describe('client folders', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cyclesIn(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('depend on each other in one direction only', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(cyclesIn(graph)).toEqual([]);
  });
});
