/**
 * What every command-line entry point shares: a user error prints a clear message and exits 1,
 * anything else prints the error without exposing a stack trace unless DEBUG is set.
 */
import { isRefusal } from '../core/knowledge/problems';

/** A mistake in how the command was called: the message and the usage are enough. */
export class UsageError extends Error {}

export function runCli(usage: string, main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
    } else if (isRefusal(error) || isArgumentError(error)) {
      console.error((error as Error).message);
    } else {
      console.error(process.env.DEBUG ? error : `Unexpected error: ${(error as Error)?.message ?? String(error)}`);
    }
    process.exitCode = 1;
  });
}

/** Errors thrown by node's argument parser are meant for people too. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
