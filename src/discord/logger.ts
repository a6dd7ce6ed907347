/**
 * Structured logs: one JSON object per line on stderr. Secrets never reach them: the token and
 * anything that looks like a bot token is masked, whatever field it hides in. Every line is
 * bounded: long strings and lists are cut (saying how much was left out), so a hostile input
 * quoted in an error cannot write a line of a hundred megabytes.
 */
import { truncate } from '../core/text/truncate';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = Record<LogLevel, (message: string, fields?: Record<string, unknown>) => void>;

const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g;
/** A string field (a stack trace included) keeps this many characters. */
export const LOG_STRING_LIMIT = 2000;
/** A list keeps this many entries. */
export const LOG_LIST_LIMIT = 20;
/** No line is longer; past it, the entry keeps only its time, level, message and field names. */
export const LOG_LINE_LIMIT = 8192;

export function createLogger(secrets: string[], write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const hidden = secrets.filter((secret) => secret.length >= 8);
  // Masked before cutting, so a cut cannot leave half a secret that no longer matches.
  const redact = (text: string) => hidden.reduce((result, secret) => result.split(secret).join('[redacted]'), text).replace(TOKEN_SHAPE, '[redacted]');
  const bounded = (_key: string, value: unknown): unknown => {
    if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
    if (typeof value === 'string') {
      const clean = redact(value.slice(0, LOG_STRING_LIMIT * 4));
      const cut = truncate(clean, LOG_STRING_LIMIT);
      const wasCut = cut !== clean || value.length > LOG_STRING_LIMIT * 4;
      return wasCut ? `${cut} (${value.length} characters in all)` : clean;
    }
    if (Array.isArray(value) && value.length > LOG_LIST_LIMIT) {
      return [...(value as unknown[]).slice(0, LOG_LIST_LIMIT), `…and ${value.length - LOG_LIST_LIMIT} more`];
    }
    return value;
  };
  const log =
    (level: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      const entry = { time: new Date().toISOString(), level, message, ...fields };
      let line = JSON.stringify(entry, bounded);
      if (line.length > LOG_LINE_LIMIT) {
        line = JSON.stringify(
          { time: entry.time, level, message: truncate(message, 500), cut: `${line.length} characters`, fields: Object.keys(fields) },
          bounded,
        );
      }
      write(redact(line));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
