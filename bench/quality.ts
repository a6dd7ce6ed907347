/**
 * Section 1: answer quality on question sets, Isnad beside the naive fuse.js build, per kind
 * and overall, judged by the project's own evaluator.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Isnad } from '../src/core/engine';
import { loadKnowledgeBase } from '../src/core/knowledge/load';
import { abstainRate, answerRate, evaluate, type KindScore, parseEvalSet } from '../src/eval/evaluate';
import type { Answer } from '../src/core/types';
import { autocompleteAblation } from './autocomplete';
import { NaiveFuse } from './naive';
import { progress, type Section } from './section';
import { round } from './stats';
import { formatTable, percent } from './table';

type Engine = 'isnad' | 'fuse';

function rates(score: KindScore) {
  const answer = answerRate(score);
  const abstain = abstainRate(score);
  return {
    answer_rate: answer === null ? null : round(answer, 4),
    abstain_rate: abstain === null ? null : round(abstain, 4),
    answered_right: score.answeredRight,
    answerable: score.answerable,
    abstained_right: score.abstainedRight,
    abstain_cases: score.abstainCases,
  };
}

/** "92.0% (23/25)", or a dash when the kind has no such case. */
function shown(right: number, total: number): string | null {
  return total === 0 ? null : `${percent(right / total)} (${right}/${total})`;
}

export const quality: Section = {
  name: 'quality',
  title: 'Quality: Isnad vs naive fuse.js (default options, keys en+ar, top hit)',
  async run(options) {
    const knowledge = loadKnowledgeBase();
    const isnad = new Isnad(knowledge);
    const naive = new NaiveFuse(knowledge);
    const engines: Record<Engine, (question: string) => Answer> = {
      isnad: (question) => isnad.ask(question),
      fuse: (question) => naive.ask(question),
    };
    const rows: Record<string, unknown>[] = [];
    const tables: string[] = [];
    for (const file of options.evalSets) {
      progress(`quality: scoring ${path.relative(process.cwd(), file)}`);
      const cases = parseEvalSet(readFileSync(file, 'utf8'), file);
      const reports = { isnad: evaluate(cases, engines.isnad), fuse: evaluate(cases, engines.fuse) };
      for (const engine of ['isnad', 'fuse'] as const) {
        const report = reports[engine];
        rows.push({
          engine,
          set: path.relative(process.cwd(), file),
          ...rates(report.overall),
          kinds: report.kinds.map((score) => ({ kind: score.kind, ...rates(score) })),
        });
      }
      // Both reports list the same kinds in the same (sorted) order: they scored the same cases.
      const lines = [...reports.isnad.kinds.map((score, i) => [score, reports.fuse.kinds[i]]), [reports.isnad.overall, reports.fuse.overall]].map(
        ([mine, theirs]) => [
          mine.kind,
          shown(mine.answeredRight, mine.answerable),
          shown(theirs.answeredRight, theirs.answerable),
          shown(mine.abstainedRight, mine.abstainCases),
          shown(theirs.abstainedRight, theirs.abstainCases),
        ],
      );
      tables.push(
        `${path.relative(process.cwd(), file)} (${cases.length} questions)\n` +
          formatTable(['kind', 'answered right: isnad', 'fuse', 'abstained right: isnad', 'fuse'], lines),
      );
    }
    progress('quality: fuse.js autocomplete ablation');
    const ablation = autocompleteAblation(knowledge);
    tables.push(ablation.text);
    return { json: { quality: rows, autocomplete_ablation: ablation.rows }, text: tables.join('\n\n'), checks: [] };
  },
};
