/**
 * Users' suggested facts: kept for review, then approved (becoming a fact, with the moderator's
 * corrections) or rejected. Each function runs inside a write transaction the Store opened.
 */
import { LIMITS, type Problem, ValidationError } from '../core/knowledge/validate';
import { cleanText } from '../core/text/controls';
import { NotFoundError, StoreError } from './errors';
import { insertNewFact } from './fact-writes';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
import type { Actor, FactInput, FactPatch, StoredFact, Suggestion, SuggestionInput } from './types';

/**
 * The suggestion as it will be kept, or a refusal naming every bad field. Only its shape is
 * checked (some text, a sane size, a web address); the fact validator judges it when a moderator
 * approves it.
 */
export function checkSuggestion(input: SuggestionInput): Required<SuggestionInput> {
  const problems: Problem[] = [];
  const text = (field: 'en' | 'ar'): string | null => {
    const value = input[field] == null ? '' : cleanText(String(input[field]));
    if (value.length > LIMITS.factText) problems.push({ field, message: `is ${value.length} characters long; the limit is ${LIMITS.factText}` });
    return value || null;
  };
  const suggestion = { en: text('en'), ar: text('ar'), paragraph: input.paragraph ?? null, url: input.url?.trim() || null };
  if (!suggestion.en && !suggestion.ar) problems.push({ field: 'en', message: 'write the suggested fact in English or Arabic (or both)' });
  if (suggestion.paragraph !== null && (!Number.isInteger(suggestion.paragraph) || suggestion.paragraph < 1)) {
    problems.push({ field: 'paragraph', message: 'must be a whole paragraph number' });
  }
  if (suggestion.url !== null && !/^https?:\/\/\S+$/.test(suggestion.url)) problems.push({ field: 'url', message: 'must be an http:// or https:// address' });
  if (problems.length > 0) throw new ValidationError(problems);
  return suggestion;
}

export async function insertSuggestion(tx: Transaction, suggestion: Required<SuggestionInput>, by: Actor): Promise<Suggestion> {
  const id = await tx.tables.insertSuggestion(suggestion, by, tx.at);
  return (await tx.tables.suggestion(id)) as Suggestion;
}

/** Adds the suggested fact, with the moderator's `overrides` (a translation, a fixed ¶) applied. */
export async function approveSuggestion(tx: Transaction, id: number, actor: Actor, overrides: FactPatch): Promise<StoredFact> {
  const suggestion = await requirePendingSuggestion(tx.tables, id);
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as FactPatch;
  const input: FactInput = {
    en: suggestion.en ?? '',
    ar: suggestion.ar ?? '',
    ...(suggestion.paragraph !== null ? { paragraph: suggestion.paragraph } : {}),
    // A moderator who names a source replaces the address the user gave.
    ...(suggestion.url !== null && given.sourceId === undefined ? { url: suggestion.url } : {}),
    ...given,
  };
  const fact = await insertNewFact(tx, input, actor, `suggestion #${id} by ${suggestion.suggestedBy.name}`);
  await tx.tables.reviewSuggestion(id, { status: 'approved', by: actor, at: tx.at, reason: null, factId: fact.id });
  return fact;
}

export async function rejectSuggestion(tx: Transaction, id: number, actor: Actor, reason: string | null): Promise<Suggestion> {
  await requirePendingSuggestion(tx.tables, id);
  await tx.tables.reviewSuggestion(id, { status: 'rejected', by: actor, at: tx.at, reason, factId: null });
  return (await tx.tables.suggestion(id)) as Suggestion;
}

async function requirePendingSuggestion(tables: Tables, id: number): Promise<Suggestion> {
  const suggestion = await tables.suggestion(id);
  if (!suggestion) throw new NotFoundError(`There is no suggestion #${id}.`);
  if (suggestion.status !== 'pending') throw new StoreError(`Suggestion #${id} was already ${suggestion.status}.`);
  return suggestion;
}
