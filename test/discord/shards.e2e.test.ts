/**
 * Outgrowing one process: two bot processes, each one shard, share one database (a SQLite file,
 * and PostgreSQL when TEST_DATABASE_URL is set). A moderator's change through shard 0 must be
 * answered by shard 1, through the database's own change feed (how soon: `npm run bench`). Also:
 * ShardingManager running both shards from one command.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeDiscord } from '../fake-discord';
import { eachBackend, freshDatabase } from '../store/backends';
import { type BotProcess, embedText, firstEmbed, MODERATOR_ROLE, replyBody, spawnBot } from './harness';
import { waitUntil, withTimeout } from '../wait';

/** Each test drives a real bot process through the fake Discord. */
jest.setTimeout(45_000);
const moderator = { roles: [MODERATOR_ROLE] };
/** The shards run with a cooldown, so each question comes from a new user unless a test says so. */
let users = 0;
const newUser = () => ({ userId: String(710000000000000000n + BigInt(++users)) });

/**
 * Asks through `guildId` (each time as a new user) until `accept` holds for the answer's text. How
 * soon it holds is measured by `npm run bench` (live section), not here.
 */
async function askUntil(fake: FakeDiscord, guildId: string, question: string, accept: (text: string) => boolean, what: string): Promise<void> {
  await waitUntil(async () => {
    const reply = await fake.waitForResponse(await fake.slashCommand({ name: 'ask', options: { question }, guildId, ...newUser() }));
    return accept(embedText(firstEmbed(reply)));
  }, what);
}

eachBackend('two shards in two processes on one database', (backend) => {
  const database = freshDatabase(backend, 'all');
  let fake: FakeDiscord;
  let shards: BotProcess[] = [];

  beforeAll(async () => {
    fake = new FakeDiscord({ shards: 2, guilds: 2, roles: [MODERATOR_ROLE] });
    await fake.start();
    const env = {
      ...database.current.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.bot.id,
      DISCORD_API_BASE: fake.api,
      MODERATOR_ROLE_IDS: MODERATOR_ROLE,
      // The first server is the home server: its moderators' changes are answered everywhere.
      HOME_GUILD_IDS: fake.guilds[0].id,
      COOLDOWN_SECONDS: '30',
      SHARD_COUNT: '2',
    };
    // The first process seeds the new database; the second opens it seeded.
    shards = [spawnBot({ ...env, SHARD_IDS: '0' })];
    await shards[0].ready(20_000);
    shards.push(spawnBot({ ...env, SHARD_IDS: '1' }));
    await shards[1].ready(20_000);
  });

  afterAll(async () => {
    for (const shard of shards) shard.child.kill('SIGKILL');
    await fake?.stop();
  });

  test('each process runs its own shard and answers its own guild', async () => {
    const [first, second] = fake.guilds;
    expect([fake.shardFor(first.id), fake.shardFor(second.id)]).toEqual([0, 1]);
    expect(
      fake.gatewayLog
        .filter((entry) => entry.op === 'IDENTIFY')
        .map((entry) => entry.shard)
        .sort(),
    ).toEqual([0, 1]);
    for (const guild of fake.guilds) {
      const reply = await fake.waitForResponse(
        await fake.slashCommand({ name: 'ask', options: { question: 'what does DeepSeek use for R2?' }, guildId: guild.id, ...newUser() }),
      );
      expect(embedText(firstEmbed(reply))).toMatch(/Nvidia/);
    }
  });

  test('the cooldown holds across shards: a second question through the other shard waits', async () => {
    const [first, second] = fake.guilds;
    const user = newUser();
    const answered = await fake.waitForResponse(
      await fake.slashCommand({ name: 'ask', options: { question: 'Is DeepSeek testing Baidu chips?' }, guildId: first.id, ...user }),
    );
    expect(embedText(firstEmbed(answered))).toMatch(/Baidu/);
    const refused = await fake.waitForResponse(await fake.slashCommand({ name: 'ask', options: { question: 'And Cambricon?' }, guildId: second.id, ...user }));
    expect(replyBody(refused).content).toMatch(/Please wait \d+ s/);
  });

  test("a fact added through shard 0's /fact add is answered by shard 1; a removal likewise", async () => {
    const [first, second] = fake.guilds;
    const question = 'Moore Threads speech transcription';
    expect(
      embedText(firstEmbed(await fake.waitForResponse(await fake.slashCommand({ name: 'ask', options: { question }, guildId: second.id, ...newUser() })))),
    ).toMatch(/doesn't say/);

    await fake.waitForResponse(await fake.slashCommand({ name: 'fact', subcommand: 'add', guildId: first.id, ...moderator }));
    const added = await fake.waitForResponse(
      await fake.modalSubmit({
        customId: 'isnad:add',
        fields: {
          en: 'DeepSeek also benchmarked Moore Threads graphics cards for speech transcription.',
          ar: 'اختبرت ديب سيك أيضًا بطاقات مور ثريدز الرسومية لتفريغ الكلام.',
          source: '4',
          aliases: '',
        },
        guildId: first.id,
        ...moderator,
      }),
    );
    const id = /Added `([a-z0-9-]+)`/.exec(replyBody(added).content)?.[1] as string;
    expect(id).toBeDefined();
    await askUntil(fake, second.id, question, (text) => text.includes(id), 'shard 1 answering with the added fact');

    const removal = await fake.waitForResponse(
      await fake.slashCommand({ name: 'fact', subcommand: 'remove', options: { id }, guildId: first.id, ...moderator }),
    );
    const confirm = replyBody(removal).components[0].components[0].custom_id;
    await fake.waitForResponse(await fake.button({ customId: confirm, guildId: first.id, ...moderator }));
    await askUntil(fake, second.id, question, (text) => !text.includes(id), 'shard 1 no longer giving the removed fact');
  });

  test('both shards log out cleanly on SIGTERM', async () => {
    for (const shard of shards) shard.child.kill('SIGTERM');
    expect(await withTimeout(Promise.all(shards.map((shard) => shard.exited)), 10_000, 'shutdown')).toEqual([0, 0]);
  });
});

test('npm run start:sharded runs every shard in its own process', async () => {
  const fake = new FakeDiscord({ shards: 2, guilds: 2 });
  await fake.start();
  const directory = mkdtempSync(path.join(tmpdir(), 'isnad-manager-'));
  const manager = spawnBot(
    { DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.bot.id, DISCORD_API_BASE: fake.api, SHARD_COUNT: '2', DB_PATH: path.join(directory, 'isnad.db') },
    'src/discord/sharded.ts',
  );
  try {
    await withTimeout(Promise.all([fake.waitForShardReady(0, 30_000), fake.waitForShardReady(1, 30_000)]), 35_000, 'both shards');
    const reply = await fake.waitForResponse(await fake.slashCommand({ name: 'ask', options: { question: 'ردّ انفيديا' }, guildId: fake.guilds[1].id }), 10_000);
    expect(embedText(firstEmbed(reply))).toMatch(/الفقرة 9/);
    manager.child.kill('SIGTERM');
    expect(await withTimeout(manager.exited, 10_000, 'the manager')).toBe(0);
  } finally {
    manager.child.kill('SIGKILL');
    await fake.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}, 60_000);
