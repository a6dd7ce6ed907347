/**
 * The seed of a test's random choices: TEST_SEED from the environment, to replay a failure, else
 * the test's own. Tests that draw from it put it in their names, so a failure prints it.
 */
export function testSeed(fallback: number): number {
  const given = process.env.TEST_SEED?.trim();
  if (!given) return fallback;
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`TEST_SEED must be a whole number, not ${JSON.stringify(given)}`);
  return seed;
}
