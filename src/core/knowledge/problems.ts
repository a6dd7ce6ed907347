/**
 * Refusals and their problems: what a validator throws, how it reads in a message of bounded
 * length, and how a caller that gathers every problem (of a file, a form) collects them.
 */
import { truncate } from '../text/truncate';
import { LIMITS } from './limits';

/** One reason a record was refused. `record` names the fact or source when there is one. */
export interface Problem {
  record?: string;
  field: string;
  message: string;
}

/**
 * Refusals carry a code starting ISNAD_: they are messages for people (shown as they are by the
 * command line and Discord), where any other error is a bug (logged, with an apology).
 */
export function isRefusal(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ISNAD_');
}

/**
 * At most this many problems are kept and shown; the rest are counted. A moderator fixes the
 * first few dozen and tries again, and a file of a million bad lines cannot build a message
 * (or a log line) of a hundred megabytes.
 */
export const MAX_PROBLEMS = 30;

/** "…and 12 more problems", or nothing when none were left out. */
export function moreProblems(more: number): string {
  return more > 0 ? `\n…and ${more} more ${more === 1 ? 'problem' : 'problems'}` : '';
}

export class ValidationError extends Error {
  readonly code: string = 'ISNAD_INVALID';
  /** The first MAX_PROBLEMS problems. */
  readonly problems: Problem[];
  /** How many more there were. */
  readonly more: number;
  /** Each kept problem as a line of text. */
  protected described: string[];
  constructor(problems: Problem[], more = 0) {
    const kept = problems.slice(0, MAX_PROBLEMS);
    const left = more + problems.length - kept.length;
    const described = kept.map(describeProblem);
    super(`${described.join('\n')}${moreProblems(left)}`);
    this.name = 'ValidationError';
    this.problems = kept;
    this.more = left;
    this.described = described;
  }

  /**
   * The refusal in at most `limit` characters (a Discord message): as many problems as fit, each
   * shown through `show` (an escaper), then how many more there were, so the count is never cut off.
   */
  fitted(limit: number, show: (line: string) => string = (line) => line): string {
    const room = limit - moreProblems(this.more + this.described.length).length;
    const shown: string[] = [];
    let used = 0;
    for (const line of this.described) {
      const text = show(line);
      if (used + text.length + 1 > room) break;
      shown.push(text);
      used += text.length + 1;
    }
    return `${shown.join('\n')}${moreProblems(this.more + this.described.length - shown.length)}`;
  }
}

/**
 * `validate()`'s value, or undefined once its problems are handed to `onProblems`: for callers that
 * gather every problem (of a file, a form) before refusing. Anything but a refusal is thrown on.
 */
export function collectProblems<T>(validate: () => T, onProblems: (problems: Problem[]) => void): T | undefined {
  try {
    return validate();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    onProblems(error.problems);
    return undefined;
  }
}

export function describeProblem(problem: Problem): string {
  const where = problem.record ? `${quote(problem.record)}: ` : '';
  return `${where}${problem.field}: ${problem.message}`;
}

/** Something a person wrote, quoted in a refusal: short, whatever they sent. */
export function quote(value: string): string {
  return `"${truncate(value, LIMITS.id)}"`;
}
