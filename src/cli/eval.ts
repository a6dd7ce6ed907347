/**
 * `npm run eval -- [FILE.jsonl ...] [--json]`: scores question sets (default: the project's own,
 * test/eval/isnad.jsonl) against the knowledge base and prints per-kind figures and the misses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Isnad } from '../core/engine';
import { loadKnowledgeBase } from '../core/knowledge/load';
import { evaluate, formatReport, parseEvalSet } from '../eval/evaluate';
import { runCli } from './run';

export const DEFAULT_EVAL_SET = path.resolve(__dirname, '../../test/eval/isnad.jsonl');

const USAGE = 'Usage: npm run eval -- [FILE.jsonl ...] [--json]';

runCli(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const files = positionals.length > 0 ? positionals : [DEFAULT_EVAL_SET];
  // The seed knowledge base, not the live store: figures must not depend on local moderator edits.
  const engine = new Isnad(loadKnowledgeBase());
  const reports = files.map((file) => ({ file, report: evaluate(parseEvalSet(readFileSync(file, 'utf8'), file), (q) => engine.ask(q)) }));
  if (values.json) {
    console.log(JSON.stringify(reports.map(({ file, report }) => ({ file, ...report, misses: report.misses.map((m) => ({ line: m.case.line, question: m.case.question, why: m.why })) }))));
    return;
  }
  for (const { file, report } of reports) console.log(`${file}\n\n${formatReport(report)}\n`);
});
