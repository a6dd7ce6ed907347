/**
 * `npm run fit -- [FILE.jsonl ...]`: fits the answer decision's model on the dev halves of the
 * readers' sets (DEV_SETS: written by different people, so a model fitted on them holds for more
 * voices than any one), or on the FILEs, prints the trade-off between right and wrong answers as the operating point
 * moves, and writes the model and the chosen point to data/decision.json. A held-out set
 * (*.test.jsonl) or checking set (*.val.jsonl) is refused: the engine is never fitted to the questions it is judged or checked on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Isnad } from '../core/engine';
import { loadKnowledgeBase } from '../core/knowledge/load';
import { DECISION_FILE } from '../core/understand/decision-model';
import { DEV_SETS, formatColumns, isHeldOut, parseEvalSet } from '../eval/evaluate';
import { bestOperatingPoint, FINE_OPERATING_POINTS, fitModel, operatingPointsWith, samplesOf, tradeOff } from '../eval/fit';
import { runCli, UsageError } from './run';

const USAGE = 'Usage: npm run fit -- [FILE.jsonl ...] [--dry-run]';

runCli(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } });
  const files = positionals.length > 0 ? positionals : DEV_SETS;
  const heldOut = files.find(isHeldOut);
  if (heldOut) throw new UsageError(`${heldOut} is held out for judging; fit on the dev halves.`);
  const engine = new Isnad(loadKnowledgeBase());
  const samples = files.flatMap((file) => samplesOf(parseEvalSet(readFileSync(file, 'utf8'), file), engine));
  const names = files.map((file) => path.basename(file)).join(' + ');
  const model = fitModel(samples);
  const chosen = bestOperatingPoint(tradeOff(samples, model, FINE_OPERATING_POINTS));
  const curve = tradeOff(samples, model, operatingPointsWith(chosen));
  console.log(`${samples.length} decisions from ${names}; model ${JSON.stringify(model)}\n`);
  console.log(
    formatColumns(
      ['operating point', 'answered right', 'answered wrong', 'declined'],
      curve.map((point) => [
        `${point.operatingPoint.toFixed(2)}${point.operatingPoint === chosen ? ' ←' : ''}`,
        `${point.answeredRight}`,
        `${point.answeredWrong}`,
        `${point.declined}`,
      ]),
    ),
  );
  if (values['dry-run']) return;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const shipped = {
    about: `Logistic model of the answer decision: confidence = sigmoid(bias + sum of weight x evidence). Written by npm run fit from ${names}; operatingPoint is the default least confidence to answer.`,
    bias: round(model.bias),
    weights: Object.fromEntries(Object.entries<number>({ ...model.weights }).map(([name, weight]) => [name, round(weight)])),
    operatingPoint: chosen,
  };
  writeFileSync(DECISION_FILE, `${JSON.stringify(shipped, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), DECISION_FILE)} (operating point ${chosen})`);
});
