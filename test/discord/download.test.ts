/**
 * The import download takes an address from the interaction's payload, which a client can
 * forge: only allowed origins, no redirects, a time limit, and a size limit counted as it reads.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachmentOrigins, DownloadError, downloadText } from '../../src/discord/download';

let server: Server;
let origin: string;
/** Bytes the endless route managed to send before the reader hung up. */
let endlessSent = 0;
let endlessClosed: Promise<void>;

const routes: Record<string, (response: ServerResponse) => void> = {
  '/file.jsonl': (response) => response.end('{"id":"a"}\n'),
  '/redirect': (response) => {
    response.writeHead(302, { location: 'http://example.invalid/file.jsonl' });
    response.end();
  },
  '/missing': (response) => {
    response.writeHead(404);
    response.end();
  },
  // Never answers: only the time limit ends the request.
  '/silent': () => undefined,
  // Claims nothing about its length and never stops sending.
  '/endless': (response) => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    endlessClosed = new Promise((resolve) => response.once('close', () => resolve()));
    const push = () => {
      while (!response.destroyed && response.write(chunk)) endlessSent += chunk.length;
      if (!response.destroyed) response.once('drain', push);
    };
    push();
  },
};

beforeAll(async () => {
  server = createServer((request, response) => routes[request.url ?? '']?.(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const limits = () => ({ origins: [origin], maxBytes: 1024 * 1024, timeoutMs: 500 });

async function refusal(address: string, options = limits()): Promise<string> {
  const error = await downloadText(address, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DownloadError);
  return (error as Error).message;
}

test('a file from an allowed origin is read', async () => {
  expect(await downloadText(`${origin}/file.jsonl`, limits())).toBe('{"id":"a"}\n');
});

test("only Discord's attachment hosts are allowed, plus the origin of a configured REST base", () => {
  expect(attachmentOrigins(null)).toEqual(['https://cdn.discordapp.com', 'https://media.discordapp.net']);
  expect(attachmentOrigins('http://127.0.0.1:4000/api')).toContain('http://127.0.0.1:4000');
});

test('any other address is refused without being fetched', async () => {
  for (const address of ['http://169.254.169.254/latest/meta-data', 'https://cdn.discordapp.com.evil.example/x', 'file:///etc/passwd', 'not a url']) {
    expect(await refusal(address, { ...limits(), origins: attachmentOrigins(null) })).toMatch(/not a Discord attachment/);
  }
});

test('a redirect is not followed', async () => {
  expect(await refusal(`${origin}/redirect`)).toMatch(/could not be downloaded/);
});

test('an error status is refused with the status', async () => {
  expect(await refusal(`${origin}/missing`)).toMatch(/HTTP 404/);
});

test('a server that never answers is given up on at the time limit', async () => {
  expect(await refusal(`${origin}/silent`)).toMatch(/took longer than 0.5 s/);
});

test('an endless file is refused at the size limit, and the connection is dropped', async () => {
  expect(await refusal(`${origin}/endless`)).toMatch(/larger than 1 MB/);
  await endlessClosed;
  // What the server pushed before noticing: the limit plus what the sockets buffer, not more.
  expect(endlessSent).toBeLessThan(8 * 1024 * 1024);
});
