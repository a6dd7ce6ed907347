/**
 * A PostgreSQL server of the test's own (initdb in a temp folder, its own port), for tests that
 * stop the server mid-run: never the shared one. The server's programs are found in
 * ISNAD_PG_BIN (.ci/run sets it), else the newest /usr/lib/postgresql/N/bin, else on the PATH.
 * As root, the server runs as the `postgres` user, which PostgreSQL requires.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

function findBin(): string | null {
  const candidates = [
    process.env.ISNAD_PG_BIN,
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : []),
    ...(process.env.PATH ?? '').split(':'),
  ];
  return candidates.find((folder): folder is string => !!folder && existsSync(path.join(folder, 'initdb')) && existsSync(path.join(folder, 'pg_ctl'))) ?? null;
}

const BIN = findBin();
const AS_ROOT = userInfo().uid === 0;
/** Whether this machine can run a throwaway server: its programs are here, and (as root) a postgres user. */
export const THROWAWAY_POSTGRES = BIN !== null && (!AS_ROOT || spawnSync('id', ['-u', 'postgres']).status === 0);

export interface ThrowawayPostgres {
  /** postgres://… of the database `isnad` on it. */
  url: string;
  /** Stops the server (fast: open connections are ended), as an outage would. */
  stop(): void;
  /** Starts it again, on the same port with the same data. */
  start(): void;
  /** Stops it and removes its folder. */
  dispose(): void;
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  if (!BIN) throw new Error('no PostgreSQL server programs found (set ISNAD_PG_BIN)');
  const folder = mkdtempSync(path.join(tmpdir(), 'isnad-pg-'));
  const data = path.join(folder, 'data');
  if (AS_ROOT)
    chownSync(
      folder,
      Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    );
  const run = (program: string, ...args: string[]) => {
    const command = AS_ROOT ? ['runuser', '-u', 'postgres', '--', path.join(BIN, program), ...args] : [path.join(BIN, program), ...args];
    const result = spawnSync(command[0], command.slice(1), { cwd: folder, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${program} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  };
  const port = await freePort();
  run('initdb', '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale');
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () => run('pg_ctl', '-D', data, '-l', path.join(folder, 'server.log'), '-w', '-t', '60', '-o', options, 'start');
  const stop = () => run('pg_ctl', '-D', data, '-m', 'fast', '-w', 'stop');
  start();
  run('createdb', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'isnad');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/isnad`,
    stop,
    start,
    dispose() {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
