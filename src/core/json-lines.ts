/**
 * JSON Lines, read the one way every reader here needs (fact imports, question sets): each
 * non-blank line parsed on its own and numbered from 1; a line that is not JSON is reported with
 * its number instead of stopping the read, and a line longer than `maxLength` is reported without
 * being parsed, so a hostile file cannot make one huge JSON.parse.
 */
export type JsonLine =
  { line: number; kind: 'value'; value: unknown } | { line: number; kind: 'not-json'; message: string } | { line: number; kind: 'too-long'; length: number };

export function* readJsonLines(text: string, maxLength = Number.POSITIVE_INFINITY): Generator<JsonLine> {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > maxLength) {
      yield { line, kind: 'too-long', length: end - start };
    } else {
      const content = text.slice(start, end);
      if (content.trim() !== '') yield parseLine(line, content);
    }
    if (newline === -1) return;
    start = newline + 1;
  }
}

function parseLine(line: number, content: string): JsonLine {
  try {
    return { line, kind: 'value', value: JSON.parse(content) };
  } catch (error) {
    return { line, kind: 'not-json', message: (error as Error).message };
  }
}
