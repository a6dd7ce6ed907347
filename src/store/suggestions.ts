/**
 * Users' suggested facts: kept for review, then approved (becoming a fact, with the moderator's
 * corrections) or rejected. Each function runs inside a write transaction the Store opened.
 */
import { isWebAddress, textProblems } from '../core/knowledge/fields';
import { type Problem, ValidationError } from '../core/knowledge/problems';
import { cleanText } from '../core/text/controls';
import { NotFoundError, StoreError } from './errors';
import { insertNewFact } from './fact-writes';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
import type { Actor, FactInput, FactPatch, RecordScope, StoredFact, Suggestion, SuggestionInput, View } from './types';

/**
 * The suggestion as it will be kept, or a refusal naming every bad field. Only its shape is
 * checked (some text, within a fact's limits and without masked links, a web address); the fact
 * validator judges it when a moderator approves it.
 */
export function checkSuggestion(input: SuggestionInput): Required<SuggestionInput> {
  const problems: Problem[] = [];
  const text = (field: 'en' | 'ar'): string | null => {
    const value = input[field] == null ? '' : cleanText(input[field]);
    problems.push(...textProblems(field, value));
    return value || null;
  };
  const suggestion = { en: text('en'), ar: text('ar'), paragraph: input.paragraph ?? null, url: input.url?.trim() || null };
  if (!suggestion.en && !suggestion.ar) problems.push({ field: 'en', message: 'write the suggested fact in English or Arabic (or both)' });
  if (suggestion.paragraph !== null && (!Number.isInteger(suggestion.paragraph) || suggestion.paragraph < 1)) {
    problems.push({ field: 'paragraph', message: 'must be a whole paragraph number' });
  }
  if (suggestion.url !== null && !isWebAddress(suggestion.url)) problems.push({ field: 'url', message: 'must be an http:// or https:// address' });
  if (problems.length > 0) throw new ValidationError(problems);
  return suggestion;
}

/**
 * Pending suggestions one user may have in one server: enough for anyone with something to say,
 * while a script cannot bury the review queue.
 */
export const MAX_PENDING_SUGGESTIONS = 5;

/** Keeps the suggestion for the server's moderators, unless the user already has too many waiting. */
export async function insertSuggestion(tx: Transaction, suggestion: Required<SuggestionInput>, by: Actor, guildId: string): Promise<Suggestion> {
  if ((await tx.tables.records.pendingSuggestionsBy(by.id, guildId)) >= MAX_PENDING_SUGGESTIONS) {
    throw new StoreError(`You already have ${MAX_PENDING_SUGGESTIONS} suggestions waiting for review; please wait until the moderators have looked at them.`);
  }
  const id = await tx.tables.records.insertSuggestion(suggestion, by, tx.at, guildId);
  return (await tx.tables.records.suggestion(id)) as Suggestion;
}

/**
 * Adds the suggested fact to `view`, with the moderator's `overrides` (a translation, a fixed ¶)
 * applied. Only a suggestion in the moderator's `scope` can be approved.
 */
export async function approveSuggestion(
  tx: Transaction,
  id: number,
  actor: Actor,
  overrides: FactPatch,
  view: View | undefined,
  scope: RecordScope,
): Promise<StoredFact> {
  const suggestion = await requirePendingSuggestion(tx.tables, id, scope);
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as FactPatch;
  const input: FactInput = {
    en: suggestion.en ?? '',
    ar: suggestion.ar ?? '',
    ...(suggestion.paragraph !== null ? { paragraph: suggestion.paragraph } : {}),
    // A moderator who names a source replaces the address the user gave.
    ...(suggestion.url !== null && given.sourceId === undefined ? { url: suggestion.url } : {}),
    ...given,
  };
  const fact = await insertNewFact(tx, input, actor, `suggestion #${id} by ${suggestion.suggestedBy.name}`, view);
  await tx.tables.records.reviewSuggestion(id, { status: 'approved', by: actor, at: tx.at, reason: null, factId: fact.id });
  return fact;
}

export async function rejectSuggestion(tx: Transaction, id: number, actor: Actor, reason: string | null, scope: RecordScope): Promise<Suggestion> {
  await requirePendingSuggestion(tx.tables, id, scope);
  await tx.tables.records.reviewSuggestion(id, { status: 'rejected', by: actor, at: tx.at, reason, factId: null });
  return (await tx.tables.records.suggestion(id)) as Suggestion;
}

/** Rejects every pending suggestion of one user in `scope`; returns how many. */
export async function rejectSuggestionsFrom(tx: Transaction, userId: string, actor: Actor, reason: string | null, scope: RecordScope): Promise<number> {
  const theirs = (await tx.tables.records.suggestions('pending', scope)).filter((suggestion) => suggestion.suggestedBy.id === userId);
  for (const suggestion of theirs) await tx.tables.records.reviewSuggestion(suggestion.id, { status: 'rejected', by: actor, at: tx.at, reason, factId: null });
  return theirs.length;
}

async function requirePendingSuggestion(tables: Tables, id: number, scope: RecordScope): Promise<Suggestion> {
  const suggestion = await tables.records.suggestion(id);
  if (!suggestion || (scope !== undefined && !scope.includes(suggestion.guildId))) throw new NotFoundError(`There is no suggestion #${id}.`);
  if (suggestion.status !== 'pending') throw new StoreError(`Suggestion #${id} was already ${suggestion.status}.`);
  return suggestion;
}
