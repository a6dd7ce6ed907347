/**
 * The facts command line's flags: what each option is, and how a typed value becomes what the
 * store takes (a patch, an actor, a status, a number of days), refused with the flag named.
 */
import { userInfo } from 'node:os';
import type { parseArgs } from 'node:util';
import { type Problem, ValidationError } from '../core/knowledge/problems';
import type { Language } from '../core/types';
import type { FactOrder } from '../store/tables';
import type { Actor, FactPatch, FactStatus } from '../store/types';
import { UsageError } from './run';

export const OPTIONS = {
  en: { type: 'string' },
  ar: { type: 'string' },
  paragraph: { type: 'string' },
  url: { type: 'string' },
  title: { type: 'string' },
  'title-ar': { type: 'string' },
  alias: { type: 'string', multiple: true },
  reason: { type: 'string' },
  by: { type: 'string' },
  status: { type: 'string' },
  sort: { type: 'string' },
  closed: { type: 'boolean' },
  png: { type: 'string' },
  lang: { type: 'string' },
  days: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** The store names fields as in a fact; a moderator typed flags. */
const FLAG_FOR_FIELD: Record<string, string> = {
  en: '--en',
  ar: '--ar',
  paragraph: '--paragraph',
  sourceId: '--url',
  url: '--url',
  'title.en': '--title',
  'title.ar': '--title-ar',
  aliases: '--alias',
};

export function inFlags(error: ValidationError): ValidationError {
  const problems: Problem[] = error.problems.map((problem) => {
    const field = FLAG_FOR_FIELD[problem.field.replace(/\[\d+\]$/, '')];
    return field ? { ...problem, field: `${field} (${problem.field})` } : problem;
  });
  return new ValidationError(problems);
}

export function actorFrom(values: Values): Actor {
  const name = values.by?.trim() || currentUserName();
  return { id: `cli:${name}`, name };
}

function currentUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'admin';
  }
}

function parseParagraph(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'none') return null;
  const number = Number(text);
  if (!Number.isInteger(number)) throw new UsageError(`--paragraph must be a whole number (or "none"), not "${text}".`);
  return number;
}

/** The fact fields given on the command line; absent flags stay absent. */
export function patchFrom(values: Values): FactPatch {
  const patch: FactPatch = {};
  if (values.en !== undefined) patch.en = values.en;
  if (values.ar !== undefined) patch.ar = values.ar;
  const paragraph = parseParagraph(values.paragraph);
  if (paragraph !== undefined) patch.paragraph = paragraph;
  if (values.url !== undefined) patch.url = values.url;
  if (values.title !== undefined) patch.title = values.title;
  if (values['title-ar'] !== undefined) patch.titleAr = values['title-ar'];
  if (values.alias !== undefined) patch.aliases = values.alias;
  return patch;
}

export function expectArguments(positionals: string[], names: string[]): string[] {
  if (positionals.length !== names.length) {
    throw new UsageError(
      `Expected ${names.length === 0 ? 'no arguments' : names.join(' ')}, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`,
    );
  }
  return positionals;
}

export function parseStatus(text: string | undefined): FactStatus | 'all' {
  if (text === undefined) return 'active';
  if (text === 'active' || text === 'removed' || text === 'all') return text;
  throw new UsageError(`--status must be active, removed or all, not "${text}".`);
}

export function parseSort(text: string | undefined): FactOrder {
  if (text === undefined || text === 'added' || text === 'not-helpful') return text ?? 'added';
  throw new UsageError(`--sort must be added or not-helpful, not "${text}".`);
}

export function parseLanguage(text: string | undefined): Language {
  if (text === undefined || text === 'en' || text === 'ar') return text ?? 'en';
  throw new UsageError(`--lang must be en or ar, not "${text}".`);
}

const MAX_DAYS = 366;

export function parseDays(text: string | undefined): number {
  if (text === undefined) return 30;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new UsageError(`--days must be a whole number from 1 to ${MAX_DAYS}, not "${text}".`);
  return days;
}

export function parseRevisionNumber(text: string): number {
  const number = Number(text.replace(/^#/, ''));
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`REV must be a revision number from the history, not "${text}".`);
  return number;
}
