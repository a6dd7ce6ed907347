/**
 * Proves the fake Discord against the real discord.js Client: login, every interaction and message
 * builder, gateway faults, REST faults, sharding, and a clean shutdown. A tiny client is wired
 * inline rather than the bot, so a failure here points at the fake, not at the bot's own code.
 * Every wait is bounded: a bad READY makes login() hang forever.
 */
import { once } from 'node:events';
import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  Partials,
  REST,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { WebSocket } from 'ws';
import { FakeDiscord, type RestCall, type SentInteraction } from './fake-discord';
import { waitUntil, withTimeout } from './wait';

/** A client configured as the bot must be to talk to the fake. */
function clientFor(fake: FakeDiscord, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    // DM channels are not in the cache until used; without this, DM messages are dropped.
    partials: [Partials.Channel],
    rest: { api: fake.api },
    ...extra,
  });
}

async function login(client: Client, fake: FakeDiscord): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await withTimeout(Promise.all([client.login(fake.token), ready]), 10_000, 'login');
}

/** The inline bot: one small answer per interaction kind, errors kept for the tests to check. */
function wireBot(client: Client, errors: unknown[]): void {
  client.on(Events.InteractionCreate, (i) => {
    const handle = async () => {
      if (i.isChatInputCommand() && i.commandName === 'ask') {
        await i.reply({ content: `echo: ${i.options.getString('question')}`, allowedMentions: { parse: [] } });
      } else if (i.isChatInputCommand() && i.commandName === 'facts') {
        await i.deferReply({ flags: MessageFlags.Ephemeral });
        const canManage = i.memberPermissions?.has('ManageGuild') ?? false;
        await i.editReply(`${i.options.getSubcommand()} n=${i.options.getInteger('n')} ${i.locale} manage=${canManage}`);
        await i.followUp({ content: 'file', files: [{ attachment: Buffer.from('hello'), name: 'facts.txt' }] });
      } else if (i.isChatInputCommand() && i.commandName === 'report') {
        const input = new TextInputBuilder().setCustomId('q').setStyle(TextInputStyle.Short);
        await i.showModal(
          new ModalBuilder()
            .setCustomId('report-modal')
            .setTitle('Report')
            .addLabelComponents(new LabelBuilder().setLabel('Question').setTextInputComponent(input)),
        );
      } else if (i.isAutocomplete()) {
        await i.respond([{ name: `${i.options.getFocused()}…`, value: 'v1' }]);
      } else if (i.isButton()) {
        await i.update({ content: `pressed ${i.customId}`, components: [] });
      } else if (i.isModalSubmit()) {
        await i.reply({ content: `modal ${i.customId}: ${i.fields.getTextInputValue('q')}` });
      } else if (i.isMessageContextMenuCommand()) {
        await i.reply({ content: `target: ${i.targetMessage.content}` });
      }
    };
    handle().catch((error: unknown) => errors.push(error));
  });
  client.on(Events.MessageCreate, (m) => {
    const handle = async () => {
      if (m.author.bot) return;
      if (m.mentions.has(client.user!)) await m.reply({ content: `heard: ${m.content}`, allowedMentions: { parse: [] } });
      else if (!m.inGuild()) await m.channel.send(`dm: ${m.content}`);
    };
    handle().catch((error: unknown) => errors.push(error));
  });
}

/** TCP handles before any fake starts; after shutdown there must be no more. */
const tcpBaseline = process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;

const callbackOf = (sent: SentInteraction) => (c: RestCall) => c.path === `/interactions/${sent.id}/${sent.token}/callback`;

describe('FakeDiscord with the real discord.js Client', () => {
  const fake = new FakeDiscord();
  const errors: unknown[] = [];
  let client: Client;

  beforeAll(async () => {
    await fake.start();
    client = clientFor(fake);
    wireBot(client, errors);
    await login(client, fake);
  }, 15_000);

  afterAll(async () => {
    await client?.destroy();
    await fake.stop();
  }, 10_000);

  afterEach(() => expect(errors.splice(0)).toEqual([]));

  test('login reaches ready with the bot user, the guild, its channel and the bot member', () => {
    const [guild] = fake.guilds;
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.bot.id);
    const cached = client.guilds.cache.get(guild.id);
    expect(cached?.available).toBe(true);
    expect(cached?.channels.cache.get(guild.channelId)?.isTextBased()).toBe(true);
    expect(cached?.members.me?.id).toBe(fake.bot.id);
    expect(fake.gatewayLog).toEqual([{ op: 'IDENTIFY', shard: 0 }]);
  }, 5_000);

  test('a slash command is received and its reply is recorded with the body', async () => {
    const sent = await fake.slashCommand({ name: 'ask', options: { question: 'who?' } });
    const call = await fake.waitForResponse(sent);
    expect(call.method).toBe('POST');
    expect(call.body).toEqual({ type: 4, data: expect.objectContaining({ content: 'echo: who?', allowed_mentions: { parse: [] } }) });

    const inDm = await fake.slashCommand({ name: 'ask', options: { question: 'dm?' }, guildId: null });
    expect((await fake.waitForResponse(inDm)).body.data.content).toBe('echo: dm?');
  }, 5_000);

  test('subcommands, locale, permissions, deferral, edit and a follow-up with a file', async () => {
    const sent = await fake.slashCommand({
      name: 'facts',
      subcommand: 'list',
      options: { n: 3 },
      locale: 'ar',
      permissions: String(1n << 5n),
    });
    expect((await fake.waitForResponse(sent)).body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(`${sent.token}/messages/@original`));
    expect(edit.body.content).toBe('list n=3 ar manage=true');
    expect((edit.response as { flags: number }).flags & MessageFlags.Loading).toBe(0);
    const followUp = await fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/webhooks/${fake.bot.id}/${sent.token}`));
    expect(followUp.body.content).toBe('file');
    expect(followUp.files.map((f) => [f.name, f.data.toString()])).toEqual([['facts.txt', 'hello']]);
    expect((followUp.response as { attachments: { filename: string }[] }).attachments[0]?.filename).toBe('facts.txt');
  }, 5_000);

  test('autocomplete, button, modal, modal submit and message context menu', async () => {
    const auto = await fake.autocomplete({ name: 'ask', options: { question: 'gaz' }, focused: 'question' });
    expect((await fake.waitForResponse(auto)).body).toEqual({ type: 8, data: { choices: [{ name: 'gaz…', value: 'v1' }] } });

    const press = await fake.button({ customId: 'more' });
    const update = await fake.waitForResponse(press);
    expect(update.body).toMatchObject({ type: 7, data: { content: 'pressed more', components: [] } });

    const report = await fake.slashCommand({ name: 'report' });
    expect((await fake.waitForResponse(report)).body).toMatchObject({ type: 9, data: { custom_id: 'report-modal' } });
    const submit = await fake.modalSubmit({ customId: 'report-modal', fields: { q: 'why?' } });
    expect((await fake.waitForResponse(submit)).body.data.content).toBe('modal report-modal: why?');

    const menu = await fake.messageContextMenu({ name: 'Check', targetContent: 'the sky is green' });
    expect((await fake.waitForResponse(menu)).body.data.content).toBe('target: the sky is green');
  }, 5_000);

  test('a guild mention, a reply to the bot and a DM reach the client', async () => {
    const mention = await fake.userMessage({ content: 'hello', mentionBot: true });
    const reply = await fake.waitForCall((c) => c.body?.message_reference?.message_id === mention.id);
    expect(reply.path).toBe(`/channels/${fake.guilds[0].channelId}/messages`);
    expect(reply.body.content).toBe(`heard: <@${fake.bot.id}> hello`);

    const botMessageId = (reply.response as { id: string }).id;
    const followUp = await fake.userMessage({ content: 'and then?', replyTo: botMessageId });
    const second = await fake.waitForCall((c) => c.body?.message_reference?.message_id === followUp.id);
    expect(second.body.content).toBe('heard: and then?');

    const dm = await fake.userMessage({ content: 'psst', guildId: null });
    const answer = await fake.waitForCall((c) => c.path === `/channels/${dm.channel_id}/messages`);
    expect(answer.body.content).toBe('dm: psst');
  }, 5_000);

  test('registered commands get ids and interactions carry them', async () => {
    const stored = await client.application!.commands.set([{ name: 'ask', description: 'Ask a question' }]);
    const ask = stored.find((c) => c.name === 'ask')!;
    const guildStored = await client.application!.commands.set([{ name: 'g', description: 'guild' }], fake.guilds[0].id);
    expect(guildStored.first()?.guildId).toBe(fake.guilds[0].id);
    const seen = once(client, Events.InteractionCreate);
    await fake.slashCommand({ name: 'ask', options: { question: 'id?' } });
    const [interaction] = await withTimeout(seen, 3_000, 'interaction');
    expect(interaction.isChatInputCommand() && interaction.commandId).toBe(ask.id);
  }, 5_000);

  test('a gateway close with 4000 is resumed and the next interaction is answered', async () => {
    const logged = fake.gatewayLog.length;
    const resumed = once(client, Events.ShardResume);
    fake.closeGateway({ code: 4000 });
    const sent = await fake.slashCommand({ name: 'ask', options: { question: 'still there?' } });
    await withTimeout(resumed, 5_000, 'resume');
    expect(fake.gatewayLog.slice(logged)).toEqual([{ op: 'RESUME', shard: 0 }]);
    expect((await fake.waitForResponse(sent)).body.data.content).toBe('echo: still there?');
  }, 10_000);

  test('an abrupt socket termination is resumed too', async () => {
    const logged = fake.gatewayLog.length;
    fake.closeGateway({ terminate: true });
    const sent = await fake.slashCommand({ name: 'ask', options: { question: 'and now?' } });
    expect((await fake.waitForResponse(sent)).body.data.content).toBe('echo: and now?');
    expect(fake.gatewayLog.slice(logged)).toEqual([{ op: 'RESUME', shard: 0 }]);
  }, 10_000);

  test('an invalidated session makes the client identify afresh', async () => {
    const logged = fake.gatewayLog.length;
    fake.closeGateway({ code: 4000, invalidateSession: true });
    // @discordjs/ws spaces identifies of one shard 5 s apart, so this can take up to ~7 s.
    const sent = await fake.slashCommand({ name: 'ask', options: { question: 'who are you?' } });
    expect((await fake.waitForResponse(sent, 10_000)).body.data.content).toBe('echo: who are you?');
    expect(fake.gatewayLog.slice(logged)).toEqual([
      { op: 'RESUME', shard: null },
      { op: 'IDENTIFY', shard: 0 },
    ]);
  }, 20_000);

  test('429, 429, then 500 on the callback route still ends in a delivered reply', async () => {
    fake.injectFaults((c) => c.path.endsWith('/callback'), { rateLimits: 2, serverErrors: 1, retryAfter: 0.1 });
    const sent = await fake.slashCommand({ name: 'ask', options: { question: 'busy?' } });
    const delivered = await fake.waitForResponse(sent, 8_000);
    expect(delivered.body.data.content).toBe('echo: busy?');
    expect(fake.calls.filter(callbackOf(sent)).map((c) => c.status)).toEqual([429, 429, 500, 204]);
  }, 10_000);

  test('a 429 on a channel route (a sequential bucket) is retried as well', async () => {
    fake.injectFaults((c) => c.method === 'POST' && c.path.endsWith('/messages'), { rateLimits: 1, retryAfter: 0.1 });
    const mention = await fake.userMessage({ content: 'ping', mentionBot: true });
    const match = (c: RestCall) => c.body?.message_reference?.message_id === mention.id;
    await fake.waitForCall((c) => match(c) && c.status === 200, 8_000);
    expect(fake.calls.filter(match).map((c) => c.status)).toEqual([429, 200]);
  }, 10_000);

  test('a wrong token gets 401, and a gateway client asking for zlib-stream is refused', async () => {
    const stranger = new REST({ api: fake.api }).setToken('not-the-token');
    await expect(stranger.get('/users/@me')).rejects.toMatchObject({ status: 401 });
    const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const [code] = await withTimeout(once(socket, 'close'), 3_000, 'refusal');
    expect(code).toBe(4002);
    expect(fake.gatewayLog.at(-1)).toMatchObject({ op: 'REJECTED' });
  }, 5_000);

  test('unknown routes are recorded and answered 404 with a JSON error', async () => {
    await expect(client.rest.get('/guilds/1/audit-logs')).rejects.toMatchObject({ status: 404, code: 0 });
    expect(fake.calls.at(-1)).toMatchObject({ method: 'GET', path: '/guilds/1/audit-logs', status: 404 });
  }, 5_000);
});

describe('FakeDiscord with several shards', () => {
  // A short heartbeat, so this block also proves HEARTBEAT → HEARTBEAT_ACK keeps sessions alive.
  const fake = new FakeDiscord({ shards: 2, guilds: 2, heartbeatIntervalMs: 100 });
  let client: Client;

  beforeAll(async () => {
    await fake.start();
    client = clientFor(fake, { shards: 'auto' });
    client.on(Events.InteractionCreate, (i) => {
      if (i.isChatInputCommand()) void i.reply(`shard ${i.guild?.shardId}`).catch(() => undefined);
    });
    await login(client, fake);
  }, 15_000);

  afterAll(async () => {
    await client?.destroy();
    await fake.stop();
  }, 10_000);

  test('each shard identifies and gets the events of its guilds', async () => {
    expect(fake.gatewayLog.map((e) => e.shard).sort()).toEqual([0, 1]);
    for (const guild of fake.guilds) {
      const shard = fake.shardFor(guild.id);
      const sent = await fake.slashCommand({ name: 'where', guildId: guild.id });
      expect((await fake.waitForResponse(sent)).body.data.content).toBe(`shard ${shard}`);
    }
    expect(new Set(fake.guilds.map((g) => fake.shardFor(g.id)))).toEqual(new Set([0, 1]));
  }, 10_000);

  test('heartbeats are acknowledged, so no shard reconnects as a zombie', async () => {
    // A client whose heartbeat went unacknowledged reconnects when it sends the next one: after
    // three from each shard, any such reconnection would be in the log.
    await waitUntil(() => fake.heartbeatsOf(0) >= 3 && fake.heartbeatsOf(1) >= 3, 'three heartbeats from each shard');
    expect(client.ws.shards.map((s) => s.ping >= 0)).toEqual([true, true]);
    expect(fake.gatewayLog).toHaveLength(2);
  }, 5_000);
});

describe('FakeDiscord shutdown', () => {
  const tcpHandles = () => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;

  test('client.destroy() and fake.stop() leave no sockets, servers or pending waits open', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const client = clientFor(fake);
    await login(client, fake);
    const pendingCall = fake.waitForCall(() => false, 60_000);
    await client.destroy();
    const pendingDispatch = fake.slashCommand({ name: 'ask' }); // no shard is connected any more
    await fake.stop();
    await expect(pendingCall).rejects.toThrow('stopped');
    await expect(pendingDispatch).rejects.toThrow('stopped');
    // Closed handles leave the list a few event-loop turns later.
    await waitUntil(() => tcpHandles() <= tcpBaseline, 'every TCP handle closed');
  }, 15_000);
});
