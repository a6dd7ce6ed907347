/** Says once per run when the store suite's PostgreSQL half is skipped, and how to run it. */
export default function notePostgresSkipped(): void {
  if (process.env.TEST_DATABASE_URL?.trim()) return;
  console.warn(
    '\nTEST_DATABASE_URL is not set: the store tests against PostgreSQL are skipped (counted as skipped below).\n' +
      'Set it to postgres://USER@HOST:PORT/DATABASE on a server where the tests may create and drop schemas; .ci/run starts one.\n',
  );
}
