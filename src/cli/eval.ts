/**
 * `npm run eval -- [FILE.jsonl ...] [--json] [--no-misses]`: scores question sets against the
 * knowledge base and prints per-kind figures (retrieval alone beside them) and the misses.
 *
 * With no file it scores the project's own set and every part of each readers' set (ALL_SETS). A held-out
 * set (a file named *.test.jsonl, or *.val.jsonl for checking a change) is reported without its misses, always: its questions are for
 * judging the engine, never for tuning it, so they are not shown. For every other set it then
 * prints the trade-off of the answer decision: answered right, wrong answers and abstentions right
 * as the operating point moves, the engine's own point marked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Isnad } from '../core/engine';
import { loadKnowledgeBase } from '../core/knowledge/load';
import { abstainRate, ALL_SETS, answerRate, type EvalCase, evaluate, formatColumns, formatReport, isHeldOut, parseEvalSet, wrongRate } from '../eval/evaluate';
import { operatingPointsWith } from '../eval/fit';
import type { KnowledgeBase } from '../core/types';
import { runCli } from './run';

const USAGE = 'Usage: npm run eval -- [FILE.jsonl ...] [--json] [--no-misses]';

const rate = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** The decision's trade-off on a set: the figures at each operating point, the engine's own marked. */
function tradeOff(cases: EvalCase[], knowledge: KnowledgeBase, chosen: number): string {
  const rows = operatingPointsWith(chosen).map((operatingPoint) => {
    const atPoint = new Isnad(knowledge, { decision: { operatingPoint } });
    const { overall } = evaluate(cases, (question) => atPoint.ask(question));
    const mark = operatingPoint === chosen ? ' ← default' : '';
    return [`${operatingPoint.toFixed(2)}${mark}`, rate(answerRate(overall)), rate(wrongRate(overall)), rate(abstainRate(overall))];
  });
  return `Trade-off as the operating point moves (decision.operatingPoint):\n${formatColumns(['operating point', 'answered right', 'wrong answers', 'abstained right'], rows)}`;
}

runCli(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'no-misses': { type: 'boolean' } },
  });
  const files = positionals.length > 0 ? positionals : ALL_SETS;
  // The seed knowledge base, not the live store: figures must not depend on local moderator edits.
  const knowledge = loadKnowledgeBase();
  const engine = new Isnad(knowledge);
  const reports = files.map((file) => {
    const cases = parseEvalSet(readFileSync(file, 'utf8'), file);
    const report = evaluate(
      cases,
      (question) => engine.ask(question),
      (question) => engine.retrieve(question),
    );
    return { file, cases, report, misses: !values['no-misses'] && !isHeldOut(file) };
  });
  if (values.json) {
    const json = reports.map(({ file, report, misses }) => ({
      file,
      ...report,
      misses: misses ? report.misses.map((miss) => ({ line: miss.case.line, question: miss.case.question, why: miss.why })) : undefined,
    }));
    console.log(JSON.stringify(json));
    return;
  }
  for (const { file, cases, report, misses } of reports) {
    const title = `${path.relative(process.cwd(), file)}${misses ? '' : ' (misses not shown)'}`;
    console.log(`${title}\n\n${formatReport(report, { misses })}\n`);
    if (!isHeldOut(file)) console.log(`${tradeOff(cases, knowledge, engine.options.decision.operatingPoint)}\n`);
  }
});
