/**
 * No import cycles between folders: the folders directly under server/src/
 * (engine, service, lsp, node, cli) and those directly under
 * server/src/engine/ (ingest, index, corpus, check, ...) must form a DAG, so
 * each floor can be read, tested and changed with only the floors below it
 * in mind. Type-only imports count too: a cycle of types is still a cycle
 * of understanding. A failure names one cycle, folder by folder, and the
 * files that make each edge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { importedSpecifiers } from '../helpers/importScan.js';

const SRC = join(repoRoot, 'server', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folder a file belongs to at `floor` (a folder under which each child folder is a unit), or undefined outside it. */
function unitOf(file: string, floor: string): string | undefined {
  const rel = relative(floor, file);
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0] : '.';
}

type Edges = Map<string, Map<string, string[]>>;

function folderEdges(floor: string): Edges {
  const edges: Edges = new Map();
  for (const file of sourceFiles(floor)) {
    const from = unitOf(file, floor)!;
    for (const spec of importedSpecifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      const to = unitOf(target, floor);
      if (to === undefined || to === from || from === '.' || to === '.') continue;
      const out = edges.get(from) ?? new Map<string, string[]>();
      out.set(to, [...(out.get(to) ?? []), relative(SRC, file)]);
      edges.set(from, out);
    }
  }
  return edges;
}

/** One cycle in the folder graph, as a list of folders ending where it started, or undefined. */
export function findCycle(edges: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}

const GRAPH_CASES: Array<{ name: string; edges: Record<string, string[]>; cycle: boolean }> = [
  { name: 'a chain', edges: { a: ['b'], b: ['c'] }, cycle: false },
  { name: 'a diamond', edges: { a: ['b', 'c'], b: ['d'], c: ['d'] }, cycle: false },
  { name: 'two folders importing each other', edges: { a: ['b'], b: ['a'] }, cycle: true },
  {
    name: 'a long way round',
    edges: { check: ['corpus'], corpus: ['ingest'], ingest: ['lazy'], lazy: ['cite'], cite: ['check'] },
    cycle: true,
  },
];

for (const c of GRAPH_CASES) {
  test(`findCycle: ${c.name}`, () => {
    const edges = new Map(Object.entries(c.edges).map(([k, v]) => [k, new Map(v.map((t) => [t, true]))]));
    assert.equal(findCycle(edges) !== undefined, c.cycle);
  });
}

for (const floor of [SRC, join(SRC, 'engine')]) {
  test(`no import cycle between the folders of ${relative(repoRoot, floor)}`, () => {
    const edges = folderEdges(floor);
    const cycle = findCycle(edges);
    const because = cycle
      ?.slice(1)
      .map((to, i) => `${cycle[i]} → ${to} (${[...new Set(edges.get(cycle[i])!.get(to))].slice(0, 3).join(', ')})`)
      .join('\n  ');
    assert.equal(cycle, undefined, `folder cycle:\n  ${because}`);
  });
}
