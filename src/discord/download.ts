/**
 * Downloading a file someone attached to a command (an import). The address comes from the
 * interaction's payload, so it is checked like anything else a client sends: only Discord's
 * attachment hosts (or the Discord the bot is configured to talk to, for tests and proxies), no
 * redirects elsewhere, a time limit, and a size limit counted while reading, whatever size the
 * payload claimed.
 */

/** Where Discord serves attachments. */
export const DISCORD_ATTACHMENT_ORIGINS = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];

export interface DownloadLimits {
  /** Origins (scheme, host and port) a file may come from. */
  origins: string[];
  maxBytes: number;
  timeoutMs: number;
}

/** A download refused; the message says what to do, and is shown as it is. */
export class DownloadError extends Error {
  readonly code = 'ISNAD_DOWNLOAD';
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

/** Discord's attachment hosts, and the origin of a configured REST base (a proxy, the fake). */
export function attachmentOrigins(apiBase: string | null): string[] {
  return apiBase ? [...DISCORD_ATTACHMENT_ORIGINS, new URL(apiBase).origin] : DISCORD_ATTACHMENT_ORIGINS;
}

function allowedUrl(address: string, origins: string[]): URL | null {
  try {
    const url = new URL(address);
    return origins.includes(url.origin) ? url : null;
  } catch {
    return null;
  }
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;
}

/** The file's text, read as UTF-8; refuses with a DownloadError whatever goes wrong. */
export async function downloadText(address: string, limits: DownloadLimits): Promise<string> {
  const url = allowedUrl(address, limits.origins);
  if (!url) throw new DownloadError('That file is not a Discord attachment; attach the file itself to the command.');
  const tooBig = () => new DownloadError(`That file is larger than ${megabytes(limits.maxBytes)}; split it and import the parts one by one.`);
  const stop = new AbortController();
  const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(limits.timeoutMs)]);
  try {
    const response = await fetch(url, { signal, redirect: 'error' });
    if (!response.ok || !response.body) throw new DownloadError(`Discord did not hand over the file (HTTP ${response.status}); please try again.`);
    if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) throw tooBig();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw tooBig();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (signal.aborted && !stop.signal.aborted) {
      throw new DownloadError(`Downloading the file took longer than ${limits.timeoutMs / 1000} s; please try again.`);
    }
    throw new DownloadError(`The file could not be downloaded (${(error as Error).message}); please try again.`);
  } finally {
    // Whatever ended the read, the connection goes with it.
    stop.abort();
  }
}
