/**
 * The store's refusals. Each is something a moderator can act on, so the command line and Discord
 * show the message as it is (an `ISNAD_` code marks them); anything else thrown from the store is
 * a bug.
 */
import { describeProblem, MAX_PROBLEMS, moreProblems, type Problem, quote, ValidationError } from '../core/knowledge/problems';

/** A request the store refuses as it stands: an unknown id, a fact already removed. */
export class StoreError extends Error {
  readonly code: string = 'ISNAD_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export class NotFoundError extends StoreError {
  override readonly code: string = 'ISNAD_NOT_FOUND';
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * The database file cannot be used as it is. The store never replaces or repairs it (that would
 * silently lose every moderator's work); the message names the file and what to do.
 */
export class DatabaseFileError extends Error {
  readonly code = 'ISNAD_DATABASE_FILE';
  constructor(
    readonly file: string,
    readonly problem: string,
    advice: string,
  ) {
    super(`Cannot use the database file ${file}: ${problem}.\nNothing there was changed. ${advice}`);
    this.name = 'DatabaseFileError';
  }
}

/**
 * The PostgreSQL database cannot be used: the server does not answer, refuses the login, or holds
 * a newer schema. The message names the server and database from DATABASE_URL (never its
 * password) and what to do.
 */
export class DatabaseServerError extends Error {
  readonly code = 'ISNAD_DATABASE_SERVER';
  constructor(where: string, problem: string, advice: string) {
    super(`Cannot use the PostgreSQL database ${where}: ${problem}.\nNothing there was changed. ${advice}`);
    this.name = 'DatabaseServerError';
  }
}

export interface LineProblem {
  line: number;
  kind: 'fact' | 'source' | null;
  problem: Problem;
}

/**
 * An import refused as a whole, with its bad lines and fields named: the first MAX_PROBLEMS of
 * them, and how many more there were (`more`).
 */
export class ImportError extends ValidationError {
  readonly lines: LineProblem[];
  constructor(lines: LineProblem[], more = 0) {
    super(
      lines.map((line) => line.problem),
      more,
    );
    this.name = 'ImportError';
    this.lines = lines.slice(0, MAX_PROBLEMS);
    this.described = this.lines.map(describeLineProblem);
    this.message = `${this.described.join('\n')}${moreProblems(this.more)}`;
  }
}

function describeLineProblem({ line, kind, problem }: LineProblem): string {
  const record = kind && problem.record ? `${kind} ${quote(problem.record)}: ` : '';
  return `line ${line}: ${record}${describeProblem({ field: problem.field, message: problem.message })}`;
}
