/**
 * Fails (exit 1) when the project's modules import each other in a circle, naming each circle.
 * A cycle makes the load order decide which module sees the other half-built (the seed↔store
 * cycle did), and it blurs the one-way flow core → store → adapters. Run by `npm run lint`.
 * It reads imports with TypeScript's own pre-processor, so it needs nothing beyond the compiler;
 * `import type` counts too: a type-only circle is still two modules that cannot be read apart.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const FOLDERS = ['src', 'test', 'bench', 'tools'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** The project file a relative import names, or null for a package or a file that is not TypeScript. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? null;
}

function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => resolve(file, fileName)).filter((target): target is string => target !== null);
}

/** Every circle, each found once: Tarjan's strongly connected components of more than one file (or a file importing itself). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    lowest.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowest.set(file, Math.min(lowest.get(file) as number, lowest.get(target) as number));
      } else if (onStack.has(target)) {
        lowest.set(file, Math.min(lowest.get(file) as number, index.get(target) as number));
      }
    }
    if (lowest.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

if (require.main === module) {
  const files = FOLDERS.map((folder) => path.join(ROOT, folder))
    .filter((folder) => existsSync(folder))
    .flatMap(sourceFiles);
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const cycles = importCycles(graph);
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map((file) => path.relative(ROOT, file)).join(' ↔ ')}`);
  console.log(`${files.length} files, ${cycles.length} import cycle${cycles.length === 1 ? '' : 's'}`);
  if (cycles.length > 0) process.exitCode = 1;
}
