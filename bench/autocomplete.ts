/**
 * The fuse.js ablation: autocomplete with fuse.js putting the ranker's candidates in order, and
 * without it (the ranker's order alone). Each answerable single question of the project's set and
 * of the readers' dev half is cut at half and at three quarters of its length, as if still being
 * typed; a suggestion list is right when it holds the question's right fact among its first five.
 * The readers' test half is never used here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Isnad } from '../src/core/engine';
import type { KnowledgeBase } from '../src/core/types';
import { factProblem, parseEvalSet } from '../src/eval/evaluate';
import { percentile, round, timed } from './stats';
import { formatTable, percent } from './table';

const SETS = ['isnad.jsonl', 'readers.dev.jsonl'].map((name) => path.resolve(__dirname, '../test/eval', name));
const CUTS = [0.5, 0.75];
const SHOWN = 5;

export interface AblationRow {
  autocomplete: 'fuse.js order' | 'ranker order';
  set: string;
  recall_at_5: number;
  prefixes: number;
  p50_ms: number;
  p99_ms: number;
}

export function autocompleteAblation(knowledge: KnowledgeBase): { rows: AblationRow[]; text: string } {
  const rows: AblationRow[] = [];
  for (const file of SETS) {
    const cases = parseEvalSet(readFileSync(file, 'utf8'), file).filter((evalCase) => !evalCase.abstain && !evalCase.parts && !evalCase.summary);
    for (const [name, autocompleteCandidates] of [
      ['fuse.js order', undefined],
      ['ranker order', 0],
    ] as const) {
      const engine = new Isnad(knowledge, autocompleteCandidates === undefined ? {} : { autocompleteCandidates });
      let right = 0;
      const ms: number[] = [];
      for (const evalCase of cases) {
        for (const cut of CUTS) {
          const [shown, took] = timed(() => engine.suggest(evalCase.question.slice(0, Math.round(evalCase.question.length * cut)), SHOWN));
          ms.push(took);
          if (shown.some((suggestion) => factProblem(evalCase, suggestion.fact) === null)) right += 1;
        }
      }
      rows.push({
        autocomplete: name,
        set: path.relative(process.cwd(), file),
        recall_at_5: round(right / ms.length, 4),
        prefixes: ms.length,
        p50_ms: round(percentile(ms, 0.5), 3),
        p99_ms: round(percentile(ms, 0.99), 3),
      });
    }
  }
  const text =
    'fuse.js in autocomplete (ablation): questions cut at 1/2 and 3/4, right fact among the first 5 suggestions\n' +
    formatTable(
      ['autocomplete', 'set', 'right in top 5', 'p50 ms', 'p99 ms'],
      rows.map((row) => [row.autocomplete, row.set, `${percent(row.recall_at_5)} (of ${row.prefixes})`, `${row.p50_ms}`, `${row.p99_ms}`]),
    );
  return { rows, text };
}
