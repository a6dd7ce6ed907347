/**
 * Waiting in tests without fixed sleeps: poll a condition until it holds, and fail with what was
 * awaited (and the last value seen) when it does not within the deadline.
 */
export async function waitUntil<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last !== undefined && last !== null && last !== false) return last as Exclude<T, false | null | undefined>;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last seen: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
