/**
 * A PostgreSQL database that cannot be used stops start-up with the server and database named
 * (never the password) and what to do, and nothing in it is changed.
 */
import { DatabaseServerError } from '../../src/store/errors';
import { openRuntime } from '../../src/store/runtime';
import { Store } from '../../src/store/store';
import { asAdmin, freshDatabase, POSTGRES } from './backends';
import { factsCli } from './helpers';

const PASSWORD = 's3cret-Pa55';

test.each([
  [
    'a server nobody answers at',
    `postgres://mona:${PASSWORD}@127.0.0.1:1/isnad`,
    /PostgreSQL database "isnad" on 127\.0\.0\.1:1: the server cannot be reached[\s\S]*Check that PostgreSQL is running/,
  ],
  [
    'an address that is not postgres://',
    `mysql://mona:${PASSWORD}@127.0.0.1/isnad`,
    /DATABASE_URL is not a postgres:\/\/ address[\s\S]*postgres:\/\/USER:PASSWORD@HOST:PORT\/DATABASE/,
  ],
])('the command line refuses %s with advice, never showing the password', (_case, databaseUrl, message) => {
  const result = factsCli({ location: { databaseUrl }, env: { ...process.env, DATABASE_URL: databaseUrl } }, 'list');
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toContain(PASSWORD);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

(POSTGRES.available ? describe : describe.skip)('a PostgreSQL database from a newer version of Isnad', () => {
  const database = freshDatabase(POSTGRES);

  test('is refused, not downgraded', async () => {
    const url = database.current.env.DATABASE_URL;
    await (await Store.open(database.current.location)).close();
    await asAdmin((client) => client.query('UPDATE isnad_schema_version SET version = 999'), url);
    const refusal = openRuntime(database.current.location);
    await expect(refusal).rejects.toBeInstanceOf(DatabaseServerError);
    await expect(refusal).rejects.toThrow(/newer version of Isnad \(schema 999[\s\S]*Update Isnad/);
    const version = await asAdmin((client) => client.query('SELECT version FROM isnad_schema_version'), url);
    expect(version.rows).toEqual([{ version: 999 }]);
  });
});
