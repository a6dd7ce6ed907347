/**
 * The decision model shipped in `data/decision.json` (written by `npm run fit`, from the dev half
 * of the readers' set only), read once and checked, so a hand edit that breaks it stops start-up
 * with the field named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../knowledge/load';
import { type DecisionModel, EVIDENCE_NAMES } from '../search/decide';

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
