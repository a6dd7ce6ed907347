/** The one JSON Lines reader: what imports and question sets are read with. */
import { readJsonLines } from '../../src/core/json-lines';

test('each non-blank line parsed on its own, numbered from 1, Windows line ends included', () => {
  expect([...readJsonLines('{"a":1}\r\n\n   \n[2]\n"three"')]).toEqual([
    { line: 1, kind: 'value', value: { a: 1 } },
    { line: 4, kind: 'value', value: [2] },
    { line: 5, kind: 'value', value: 'three' },
  ]);
});

test('a line that is not JSON is reported with its number, and reading goes on', () => {
  const lines = [...readJsonLines('{"a":1}\n{oops\n{"b":2}\n')];
  expect(lines.map((entry) => [entry.line, entry.kind])).toEqual([
    [1, 'value'],
    [2, 'not-json'],
    [3, 'value'],
  ]);
  expect(lines[1]?.kind === 'not-json' && lines[1].message).toMatch(/JSON/);
});

test('a line past the limit is reported by its length, never parsed', () => {
  const parse = jest.spyOn(JSON, 'parse');
  try {
    expect([...readJsonLines(`[1]\n"${'x'.repeat(50)}"\n[3]`, 20)]).toEqual([
      { line: 1, kind: 'value', value: [1] },
      { line: 2, kind: 'too-long', length: 52 },
      { line: 3, kind: 'value', value: [3] },
    ]);
    expect(parse).toHaveBeenCalledTimes(2);
  } finally {
    parse.mockRestore();
  }
});
