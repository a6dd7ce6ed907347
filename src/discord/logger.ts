/**
 * Structured logs: one JSON object per line on stderr. Secrets never reach them: the token and
 * anything that looks like a bot token is masked, whatever field it hides in.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = Record<LogLevel, (message: string, fields?: Record<string, unknown>) => void>;

const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g;

export function createLogger(secrets: string[], write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const hidden = secrets.filter((secret) => secret.length >= 8);
  const redact = (text: string) =>
    hidden.reduce((result, secret) => result.split(secret).join('[redacted]'), text).replace(TOKEN_SHAPE, '[redacted]');
  const log = (level: LogLevel) => (message: string, fields: Record<string, unknown> = {}) => {
    const entry = { time: new Date().toISOString(), level, message, ...fields };
    write(redact(JSON.stringify(entry, (_key, value: unknown) => (value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value))));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
