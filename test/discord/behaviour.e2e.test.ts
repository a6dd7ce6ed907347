/**
 * How the bot behaves around the answers: ask channels, the cooldown, a handler that fails, and
 * the process itself (a missing token at start, a clean shutdown on SIGTERM).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeDiscord } from '../fake-discord';
import { botCaughtUp, embedText, firstEmbed, type Harness, MODERATOR_ROLE, replyBody, spawnBot, startHarness } from './harness';
import { withTimeout } from '../wait';

/** Each test drives a real bot process through the fake Discord. */
jest.setTimeout(20_000);

describe('an ask channel, the cooldown and failures', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness((fake) => ({ askChannelIds: [fake.guilds[0].channelId], cooldownSeconds: 60 }));
  });
  afterAll(async () => {
    await h?.stop();
  });

  test('in an ask channel a question is answered without a mention; chatter is left alone', async () => {
    const chatter = await h.fake.userMessage({ content: 'thanks everyone, see you tomorrow', userId: '700000000000000001' });
    const question = await h.fake.userMessage({ content: 'is DeepSeek testing Cambricon chips?', userId: '700000000000000002' });
    const reply = await h.fake.waitForCall((c) => c.body?.message_reference?.message_id === question.id);
    expect(embedText(firstEmbed(reply))).toMatch(/Cambricon/);
    expect(h.fake.calls.some((c) => c.body?.message_reference?.message_id === chatter.id)).toBe(false);
  });

  test('inside the cooldown /ask gets a private notice, and chat gets one polite notice, then silence', async () => {
    const asker = { userId: '700000000000000003' };
    await h.fake.waitForResponse(await h.fake.slashCommand({ name: 'ask', options: { question: 'what does DeepSeek use for R2?' }, ...asker }));
    const second = await h.fake.waitForResponse(await h.fake.slashCommand({ name: 'ask', options: { question: 'and Baidu?' }, ...asker }));
    expect(replyBody(second).content).toMatch(/Please wait \d+ s/);
    expect(replyBody(second).flags & 64).toBeTruthy();

    const chatter = { userId: '700000000000000005' };
    const replyTo = (id: string) => h.fake.waitForCall((c) => c.body?.message_reference?.message_id === id);
    const first = await h.fake.userMessage({ content: 'what does DeepSeek use for R2?', mentionBot: true, ...chatter });
    expect(embedText(firstEmbed(await replyTo(first.id)))).toMatch(/Nvidia/);
    const refused = await h.fake.userMessage({ content: 'what about Huawei?', mentionBot: true, ...chatter });
    expect((await replyTo(refused.id)).body.content).toMatch(/Please wait/);
    const ignored = await h.fake.userMessage({ content: 'hello??', mentionBot: true, ...chatter });
    await botCaughtUp(h.fake);
    expect(h.fake.calls.some((c) => c.body?.message_reference?.message_id === ignored.id)).toBe(false);
  });

  test('a handler that fails answers with an apology and an error id, logs it, and the bot keeps answering', async () => {
    // Break the store under the bot: the next moderator command fails inside its handler.
    const realGetFact = h.runtime.store.getFact.bind(h.runtime.store);
    h.runtime.store.getFact = () => {
      throw new Error('disk on fire');
    };
    try {
      const sent = await h.fake.slashCommand({ name: 'fact', subcommand: 'show', options: { id: 'baidu-accelerators' }, roles: [MODERATOR_ROLE] });
      const reply = await h.fake.waitForResponse(sent);
      const text = replyBody(reply).content as string;
      const errorId = /Error id: ([0-9a-f]{8})/.exec(text)?.[1];
      expect(errorId).toBeDefined();
      expect(text).toMatch(/رقم الخطأ/);
      expect(replyBody(reply).flags & 64).toBeTruthy();
      const logged = h.logs.map((line) => JSON.parse(line)).find((entry) => entry.errorId === errorId);
      expect(logged).toMatchObject({ level: 'error', error: { message: 'disk on fire' } });
    } finally {
      h.runtime.store.getFact = realGetFact;
    }
    const after = await h.fake.waitForResponse(
      await h.fake.slashCommand({ name: 'ask', options: { question: 'Who sent engineers to help?' }, userId: '700000000000000004' }),
    );
    expect(embedText(firstEmbed(after))).toMatch(/¶6/);
  });
});

describe('the bot process', () => {
  test('without a token it refuses to start and names the variable', async () => {
    const bot = spawnBot({ DISCORD_CLIENT_ID: '123456789012345678' });
    expect(await withTimeout(bot.exited, 15_000, 'the bot process')).toBe(1);
    expect(bot.output()).toMatch(/DISCORD_TOKEN is missing/);
  });

  test('a database file that is not a database stops start-up, naming the file and what to do', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'isnad-bad-db-'));
    const file = path.join(directory, 'isnad.db');
    writeFileSync(file, 'these are notes, not a database\n');
    try {
      const bot = spawnBot({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_CLIENT_ID: '123456789012345678', DB_PATH: file });
      expect(await withTimeout(bot.exited, 15_000, 'the bot process')).toBe(1);
      expect(bot.output()).toContain(file);
      expect(bot.output()).toMatch(/backup|move/i);
      expect(readFileSync(file, 'utf8')).toBe('these are notes, not a database\n');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('logs in, answers, and on SIGTERM logs out and exits cleanly', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const directory = mkdtempSync(path.join(tmpdir(), 'isnad-proc-'));
    const bot = spawnBot({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.bot.id, DISCORD_API_BASE: fake.api, DB_PATH: path.join(directory, 'isnad.db') });
    try {
      await bot.ready();
      const reply = await fake.waitForResponse(await fake.slashCommand({ name: 'ask', options: { question: 'ردّ انفيديا' } }));
      expect(embedText(firstEmbed(reply))).toMatch(/الفقرة 9/);
      bot.child.kill('SIGTERM');
      expect(await withTimeout(bot.exited, 10_000, 'shutdown')).toBe(0);
      expect(bot.output()).toMatch(/"message":"shutting down","signal":"SIGTERM"/);
      expect(bot.output()).not.toContain(fake.token);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
