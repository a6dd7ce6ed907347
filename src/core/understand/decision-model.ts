/**
 * The answer decision's model (what evidence it weighs, and the confidence it gives a fact) and
 * the one shipped in `data/decision.json` (written by `npm run fit`, from the dev halves of the
 * readers' sets only), read once and checked, so a hand edit that breaks it stops start-up with
 * the field named. The decision itself is `../search/decide.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../knowledge/load';

/** The evidence about one candidate fact, each value in 0–1 (typeMatch in −1–1). */
export interface Evidence {
  coverage: number;
  names: number;
  unmatched: number;
  /** The share of the question's words that no fact holds at all. */
  unknown: number;
  margin: number;
  typeMatch: number;
  /** The share of the question's own words other than names (not its context) that the fact holds; 1 when it has none. */
  topic: number;
}

export const EVIDENCE_NAMES: (keyof Evidence)[] = ['coverage', 'names', 'unmatched', 'unknown', 'margin', 'typeMatch', 'topic'];

/** A logistic model over the evidence: confidence = σ(bias + Σ weight × evidence). */
export interface DecisionModel {
  bias: number;
  weights: Evidence;
}

/** The confidence the model gives a fact, 0–1. */
export function confidence(evidence: Evidence, model: DecisionModel): number {
  let z = model.bias;
  for (const name of EVIDENCE_NAMES) z += model.weights[name] * evidence[name];
  return 1 / (1 + Math.exp(-z));
}

export const DECISION_FILE = path.join(DATA_DIR, 'decision.json');

export interface ShippedModel extends DecisionModel {
  operatingPoint: number;
}

export function parseDecisionModel(raw: unknown, file = DECISION_FILE): ShippedModel {
  const value = raw as Record<string, unknown> | null;
  const number = (x: unknown, field: string) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`${file}: ${field} must be a number`);
    return x;
  };
  const weights = (value?.weights ?? {}) as Record<string, unknown>;
  const model: ShippedModel = {
    bias: number(value?.bias, 'bias'),
    weights: Object.fromEntries(EVIDENCE_NAMES.map((name) => [name, number(weights[name], `weights.${name}`)])) as unknown as DecisionModel['weights'],
    operatingPoint: number(value?.operatingPoint, 'operatingPoint'),
  };
  if (model.operatingPoint < 0 || model.operatingPoint > 1) throw new Error(`${file}: operatingPoint must be between 0 and 1`);
  return model;
}

export const DEFAULT_DECISION_MODEL: ShippedModel = parseDecisionModel(JSON.parse(readFileSync(DECISION_FILE, 'utf8')));
