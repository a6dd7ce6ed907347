/**
 * What a person is told when their request fails, and what the log keeps. A refusal they can act
 * on (a bad field, an unknown id) is shown as it is. The database being unavailable is said
 * plainly — unreachable or full, nothing was saved, try again — and the outage is noted. Anything
 * else gets an apology. The last two carry an error id, logged with the cause.
 */
import { randomBytes } from 'node:crypto';
import { isRefusal, ValidationError } from '../core/knowledge/problems';
import type { Language } from '../core/types';
import type { BotContext } from './context';
import { CONTENT_LIMIT, escapeText, truncate } from './render';
import { bothLanguages, UI, type UiText } from './ui-text';

/**
 * The text for the person, in `language`, or in both when it is not known. `about` (who, where)
 * goes into the log line.
 */
export function failureNotice(error: unknown, context: BotContext, language: Language | null, about: Record<string, unknown>): string {
  const say = (text: (ui: UiText) => string) => (language ? text(UI[language]) : bothLanguages(text));
  // Before refusals: a server that cannot be reached is reported with a refusal's code too.
  const failure = context.database.failed(error);
  if (failure === null && isRefusal(error)) {
    context.logger.info('request refused', { ...about, reason: error.message });
    // Refusals quote what was sent (an id, a line of a file): shown as text, never as markdown,
    // and cut at whole problems, keeping the count of those left out.
    return error instanceof ValidationError ? error.fitted(CONTENT_LIMIT, escapeText) : escapeText(truncate(error.message, CONTENT_LIMIT));
  }
  context.counts.failed += 1;
  const errorId = randomBytes(4).toString('hex');
  if (failure !== null) {
    context.logger.error('request failed: the database is unavailable', { ...about, errorId, failure, error });
    return say((ui) => ui.databaseUnavailable(failure, errorId));
  }
  context.logger.error('handler failed', { ...about, errorId, error });
  return say((ui) => ui.failure(errorId));
}
