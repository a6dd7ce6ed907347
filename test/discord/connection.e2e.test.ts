/**
 * Visible connection state, with the bot against the fake Discord: gateway disconnects (with the
 * close code), resumes, invalid sessions and fresh identifies are structured log events, and the
 * status line says whether the gateway and the database are up, with the counts since start.
 */
import { waitUntil } from '../wait';
import { embedText, firstEmbed, type Harness, startHarness } from './harness';

jest.setTimeout(30_000);

describe('the gateway connection and the status line', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ statusSeconds: 0.05 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const entries = (): Record<string, unknown>[] => h.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
  /** The first entry logged after the `after`th line that `match` accepts. */
  const loggedAfter = (after: number, match: (entry: Record<string, unknown>) => boolean) => entries().slice(after).find(match);
  const ask = async (question: string) =>
    embedText(firstEmbed(await h.fake.waitForResponse(await h.fake.slashCommand({ name: 'ask', options: { question } }))));

  test('the first session is logged as identified', () => {
    expect(entries().find((entry) => entry.message === 'gateway identified')).toMatchObject({ level: 'info', shard: 0, again: false });
  });

  test('a dropped connection: its close code, the status line saying the gateway is down, then the resume', async () => {
    const start = h.logs.length;
    h.fake.closeGateway({ code: 4000 });
    expect(await waitUntil(() => loggedAfter(start, (entry) => entry.message === 'gateway disconnected'), 'the disconnect logged')).toMatchObject({
      level: 'warn',
      shard: 0,
      code: 4000,
    });
    await waitUntil(() => loggedAfter(start, (entry) => entry.message === 'status' && entry.gateway === 'down'), 'a status line with the gateway down');
    const resumed = h.logs.length;
    await waitUntil(() => loggedAfter(start, (entry) => entry.message === 'gateway resumed'), 'the resume logged');
    await waitUntil(() => loggedAfter(resumed, (entry) => entry.message === 'status' && entry.gateway === 'up'), 'a status line with the gateway up again');
    expect(await ask('what does DeepSeek use for R2?')).toMatch(/Nvidia/);
  });

  test('a lost session: invalidated, then identified again, which is a warning (events meanwhile were lost)', async () => {
    const start = h.logs.length;
    h.fake.closeGateway({ invalidateSession: true });
    expect(await waitUntil(() => loggedAfter(start, (entry) => entry.message === 'gateway session invalidated'), 'the invalid session logged')).toMatchObject({
      level: 'warn',
      shard: 0,
      resumable: false,
    });
    expect(await waitUntil(() => loggedAfter(start, (entry) => entry.message === 'gateway identified'), 'the new session logged')).toMatchObject({
      level: 'warn',
      shard: 0,
      again: true,
    });
    expect(await ask('ردّ انفيديا')).toMatch(/الفقرة 9/);
  });

  test('the status line counts questions answered, abstained and failed, and says the database is up', async () => {
    const start = h.logs.length;
    const counted = h.bot.status();
    await ask('Is DeepSeek testing Baidu chips?');
    await ask('Who is the CEO of DeepSeek?');
    const status = await waitUntil(
      () => loggedAfter(start, (entry) => entry.message === 'status' && (entry.abstained as number) > counted.abstained),
      'a status line with the new counts',
    );
    expect(status).toMatchObject({
      level: 'info',
      gateway: 'up',
      database: 'up',
      answered: counted.answered + 1,
      abstained: counted.abstained + 1,
      failed: 0,
      buffered: 0,
      dropped: 0,
    });
  });
});
