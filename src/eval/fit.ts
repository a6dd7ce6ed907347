/**
 * Fits the answer decision's logistic model (see src/core/search/decide.ts) on a question set —
 * the dev halves of the readers' sets, never a test half — and picks its operating point.
 *
 * Each question the engine reads gives one sample: the evidence about the fact the decision would
 * weigh (unless a rule declines it outright), labelled 1 when that fact is the right answer and 0 when answering with it would be
 * wrong (a wrong fact, or a question the report does not answer). The model is fitted by gradient
 * descent on the log loss (a wrong sample weighing `WRONG_COST` times a right one, else the few
 * wrong ones barely move the model) with a small L2 penalty; the operating point is the confidence that
 * maximises right answers minus `WRONG_COST` times wrong ones.
 */
import type { Isnad } from '../core/engine';
import { ruledOut } from '../core/search/decide';
import { confidence, type DecisionModel, type Evidence, EVIDENCE_NAMES } from '../core/understand/decision-model';
import { type EvalCase, factProblem } from './evaluate';

export interface Sample {
  evidence: Evidence;
  right: boolean;
}

/** A wrong answer costs as much as this many right ones: the bot would rather decline. */
export const WRONG_COST = 3;
const L2 = 0.01;
const STEPS = 4000;
const LEARNING_RATE = 0.5;

export function samplesOf(cases: EvalCase[], engine: Isnad): Sample[] {
  const samples: Sample[] = [];
  for (const evalCase of cases) {
    if (evalCase.summary) continue;
    const expected = evalCase.parts ?? [evalCase];
    const traced = engine.trace(evalCase.question);
    if (traced.length !== expected.length) continue;
    traced.forEach(({ question, fact, evidence }, i) => {
      if (!fact || !evidence || ruledOut(evidence, question.type)) return;
      samples.push({ evidence, right: !expected[i].abstain && factProblem(expected[i], fact) === null });
    });
  }
  return samples;
}

export function fitModel(samples: Sample[]): DecisionModel {
  const weights = Object.fromEntries(EVIDENCE_NAMES.map((name) => [name, 0])) as unknown as Evidence;
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    let biasGradient = 0;
    const gradient = Object.fromEntries(EVIDENCE_NAMES.map((name) => [name, 0])) as Record<keyof Evidence, number>;
    for (const { evidence, right } of samples) {
      // A wrong answer costs WRONG_COST right ones, in the loss as in the choice of the point.
      const error = (confidence(evidence, { bias, weights }) - (right ? 1 : 0)) * (right ? 1 : WRONG_COST);
      biasGradient += error;
      for (const name of EVIDENCE_NAMES) gradient[name] += error * evidence[name];
    }
    bias -= (LEARNING_RATE * biasGradient) / samples.length;
    for (const name of EVIDENCE_NAMES) weights[name] -= LEARNING_RATE * (gradient[name] / samples.length + L2 * weights[name]);
  }
  return { bias, weights };
}

export interface CurvePoint {
  operatingPoint: number;
  answeredRight: number;
  answeredWrong: number;
  declined: number;
}

/** What answering at each operating point would give on the samples. */
export function tradeOff(samples: Sample[], model: DecisionModel, points: number[]): CurvePoint[] {
  return points.map((operatingPoint) => {
    const point = { operatingPoint, answeredRight: 0, answeredWrong: 0, declined: 0 };
    for (const { evidence, right } of samples) {
      if (confidence(evidence, model) < operatingPoint) point.declined += 1;
      else if (right) point.answeredRight += 1;
      else point.answeredWrong += 1;
    }
    return point;
  });
}

const OPERATING_POINTS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);
/** The points a trade-off is shown at: the usual ones and `chosen`, in order. */
export function operatingPointsWith(chosen: number): number[] {
  return [...new Set([...OPERATING_POINTS, chosen])].sort((a, b) => a - b);
}
/** The points the fit chooses among: a model's confidences may crowd into a few hundredths. */
export const FINE_OPERATING_POINTS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

export function bestOperatingPoint(curve: CurvePoint[]): number {
  const value = (point: CurvePoint) => point.answeredRight - WRONG_COST * point.answeredWrong;
  return curve.reduce((best, point) => (value(point) > value(best) ? point : best)).operatingPoint;
}
