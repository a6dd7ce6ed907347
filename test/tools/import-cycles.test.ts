/** The import-cycle check run by `npm run lint`: it must find every circle, and only circles. */
import { importCycles } from '../../tools/import-cycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

test('a one-way graph has no cycle', () => {
  expect(importCycles(graph({ engine: ['rank', 'decide'], decide: ['rank', 'options'], rank: ['options'], options: [] }))).toEqual([]);
});

test('each circle is named once, with every file in it, however long', () => {
  const cycles = importCycles(graph({ store: ['seed', 'tables'], seed: ['store'], tables: [], options: ['model'], model: ['decide'], decide: ['options'] }));
  expect(cycles).toEqual(
    [
      ['seed', 'store'],
      ['decide', 'model', 'options'],
    ].map((cycle) => cycle.sort()),
  );
});

test('a file importing itself is a cycle', () => {
  expect(importCycles(graph({ loop: ['loop'] }))).toEqual([['loop']]);
});
