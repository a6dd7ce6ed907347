/**
 * The bot end to end: the real discord.js client, logged in to the fake Discord on 127.0.0.1,
 * answering from a real SQLite store. Every test has its own hard timeout (a bad gateway exchange
 * would otherwise hang forever).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RestCall } from '../fake-discord';
import { botCaughtUp, embedText, firstEmbed, type Harness, MODERATOR_ROLE, originalMessage, replyBody, startHarness } from './harness';
import { waitUntil } from '../wait';

/** Each test drives a real bot process through the fake Discord. */
jest.setTimeout(20_000);
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

const moderator = { roles: [MODERATOR_ROLE] };

async function ask(question: string, actor: Record<string, unknown> = {}) {
  const sent = await h.fake.slashCommand({ name: 'ask', options: { question }, ...actor });
  const call = await h.fake.waitForResponse(sent);
  return { sent, call, text: embedText(firstEmbed(call)) };
}

/** A moderator command's reply (an interaction callback), with its visible text. */
async function command(
  name: string,
  subcommand: string | undefined,
  options: Record<string, string | number> = {},
  actor: Record<string, unknown> = moderator,
) {
  const sent = await h.fake.slashCommand({ name, ...(subcommand ? { subcommand } : {}), options, ...actor });
  const call = await h.fake.waitForResponse(sent);
  const body = replyBody(call);
  return { sent, call, body, text: [body.content ?? '', ...(body.embeds ?? []).map(embedText)].join('\n') };
}

async function submitModal(customId: string, fields: Record<string, string>, actor: Record<string, unknown> = moderator) {
  const sent = await h.fake.modalSubmit({ customId, fields, ...actor });
  const call = await h.fake.waitForResponse(sent);
  const body = replyBody(call);
  return { call, body, text: [body.content ?? '', ...(body.embeds ?? []).map(embedText)].join('\n') };
}

const isEphemeral = (call: RestCall) => (replyBody(call).flags ?? 0) & 64;

describe('asking', () => {
  test('once connected, the bot does the work the first question would pay for, before anyone asks', async () => {
    const warmed = await waitUntil(
      () => h.logs.map((line) => JSON.parse(line) as { message?: string; deferred?: number }).find((entry) => entry.message === 'engine warmed'),
      'the engine warmed',
    );
    expect(warmed.deferred).toBeGreaterThan(0);
    expect(h.runtime.engine.warm()).toBe(0);
  });

  test('/ask in English answers Nvidia with a numbered citation to ¶5 or ¶7', async () => {
    const { text, call } = await ask('what does DeepSeek use for R2?');
    expect(text).toMatch(/Nvidia/);
    expect(text).toMatch(/\[1\].*¶(5|7)/s);
    expect(text).toMatch(/The Information/);
    expect(isEphemeral(call)).toBeFalsy();
  });

  test('/ask in Arabic answers in Arabic (Huawei), with Arabic citations', async () => {
    const { text } = await ask('ما الذي تستخدمه ديب سيك للنماذج الصغيرة؟');
    expect(text).toMatch(/هواوي/);
    expect(text).toMatch(/المصادر/);
    expect(text).toMatch(/الفقرة \d/);
  });

  test('a question the report does not cover says so and offers "did you mean" buttons', async () => {
    const { call, text } = await ask("What is Nvidia's stock price?");
    expect(text).toMatch(/doesn't say/);
    const buttons = replyBody(call).components[0].components.map((button: { custom_id: string }) => button.custom_id);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons[0]).toMatch(/^isnad:suggested:/);
  });

  test('a mention in a channel is answered as a reply that pings nobody', async () => {
    const message = await h.fake.userMessage({ content: 'is DeepSeek testing Baidu chips?', mentionBot: true });
    const call = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${message.channel_id}/messages` && c.body.message_reference?.message_id === message.id,
    );
    expect(embedText(firstEmbed(call))).toMatch(/Baidu[\s\S]*¶4/);
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('chatter in a channel is not kept in memory: the bot holds no message after answering among thirty', async () => {
    const channels = () => [...h.bot.client.channels.cache.values()];
    for (let i = 0; i < 30; i++) await h.fake.userMessage({ content: `lunch at ${i}?` });
    await botCaughtUp(h.fake);
    expect(channels().length).toBeGreaterThan(0);
    expect(channels().reduce((held, channel) => held + ('messages' in channel ? channel.messages.cache.size : 0), 0)).toBe(0);
  });

  test('a reply to one of its answers is read as a follow-up of the question it answered', async () => {
    // Alone, "why?" asks nothing the bot could answer; after the R2 question it can.
    expect(h.runtime.engine.ask('why?').answered).toBe(false);
    const first = await h.fake.userMessage({ content: 'Which chips does DeepSeek rely on for R2?', mentionBot: true });
    const answer = await h.fake.waitForCall((c) => c.path.endsWith('/messages') && c.body.message_reference?.message_id === first.id);
    const followUp = await h.fake.userMessage({ content: 'why?', replyTo: (answer.response as { id: string }).id });
    const call = await h.fake.waitForCall((c) => c.path.endsWith('/messages') && c.body.message_reference?.message_id === followUp.id);
    const text = embedText(firstEmbed(call));
    expect(text).toMatch(/Nvidia/);
    expect(text).toMatch(/¶(5|7)/);
  });

  test('a direct message is answered, in Arabic for an Arabic question', async () => {
    const message = await h.fake.userMessage({ content: 'هل أرسلت هواوي مهندسين لمساعدة ديب سيك؟', guildId: null });
    const call = await h.fake.waitForCall((c) => c.path === `/channels/${message.channel_id}/messages` && c.body.message_reference?.message_id === message.id);
    const text = embedText(firstEmbed(call));
    expect(text).toMatch(/هندس/);
    expect(text).toMatch(/الفقرة 6/);
  });

  test('"Ask Isnad" on a message answers the question in it', async () => {
    const sent = await h.fake.messageContextMenu({ name: 'Ask Isnad', targetContent: 'Has DeepSeek said when the Huawei-powered LLM launches?' });
    const text = embedText(firstEmbed(await h.fake.waitForResponse(sent)));
    expect(text).toMatch(/¶8/);
  });

  test('autocomplete suggests facts for a partial English and a partial Arabic question', async () => {
    for (const [partial, expected] of [
      ['huawei engin', /engineer/i],
      ['مسرعات باي', /بايدو/],
    ] as const) {
      const sent = await h.fake.autocomplete({ name: 'ask', options: { question: partial }, focused: 'question' });
      const call = await h.fake.waitForResponse(sent);
      expect(call.body.type).toBe(8);
      expect(call.body.data.choices[0].name).toMatch(expected);
    }
  });

  test('one user flooding autocomplete gets empty lists past their share; another user still gets suggestions', async () => {
    const flooder = { userId: '800000000000000010' };
    const replies: number[] = [];
    for (let i = 0; i < 40; i++) {
      const sent = await h.fake.autocomplete({ name: 'ask', options: { question: `huawei engin${'e'.repeat(i % 3)}` }, focused: 'question', ...flooder });
      replies.push((await h.fake.waitForResponse(sent)).body.data.choices.length);
    }
    expect(replies.slice(0, 5).every((count) => count > 0)).toBe(true);
    expect(replies.filter((count) => count === 0).length).toBeGreaterThan(0);
    const other = await h.fake.waitForResponse(
      await h.fake.autocomplete({ name: 'ask', options: { question: 'huawei engin' }, focused: 'question', userId: '800000000000000011' }),
    );
    expect(other.body.data.choices[0].name).toMatch(/engineer/i);
  });
});

describe('several questions and summaries', () => {
  const RLI = '\u2067';
  const LRI = '\u2066';

  test('two questions in one message get one reply holding both answers, each with its own citations', async () => {
    const { call } = await ask('who reported this and which companies are they testing?');
    const embeds = replyBody(call).embeds as Record<string, unknown>[];
    expect(embeds).toHaveLength(2);
    const [first, second] = embeds.map(embedText);
    expect(first).toMatch(/The Information/);
    expect(first).toMatch(/\[1\].*¶3/s);
    expect(second).toMatch(/Baidu/);
    expect(second).toMatch(/\[1\].*¶4/s);
    // Each embed names its own question, so a reader sees which answer is which.
    expect(first).toMatch(/who reported this/);
    expect(second).toMatch(/which companies/);
  });

  test('an Arabic message with two questions: both answers in Arabic, right to left, Latin runs isolated', async () => {
    const { call } = await ask('ليش تأجل R2 وهل هواوي ساعدت؟');
    const embeds = replyBody(call).embeds as { description: string }[];
    expect(embeds).toHaveLength(2);
    for (const embed of embeds) {
      expect(embed.description).toContain(RLI);
      expect(embed.description).toMatch(new RegExp(`${LRI}R2`));
      expect(embedText(embed)).toMatch(/الفقرة 6/);
    }
  });

  test('the asker flips a two-question reply: both answers change language in place', async () => {
    const { sent } = await ask('who reported this and which companies are they testing?');
    const message = originalMessage(h.fake, sent.id);
    const flipped = await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:flip:ar', messageId: message.id }));
    const embeds = replyBody(flipped).embeds as Record<string, unknown>[];
    expect(embeds).toHaveLength(2);
    expect(embedText(embeds[0])).toMatch(/ذا إنفورميشن/);
    expect(embedText(embeds[1])).toMatch(/بايدو/);
  });

  test('"tl;dr" gets a titled summary: the main point and the facts that carry it, each cited; flipping keeps it a summary', async () => {
    const { sent, call } = await ask('tl;dr?');
    const embed = firstEmbed(call);
    expect(embed.title).toBe('Summary of the report');
    const citations = embedText(embed).match(/\\?\[\d\\?\] .*?¶\d/g) ?? [];
    expect(citations.length).toBeGreaterThanOrEqual(3);
    const message = originalMessage(h.fake, sent.id);
    const flipped = await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:flip:ar', messageId: message.id }));
    expect(firstEmbed(flipped).title).toBe('ملخص التقرير');
  });

  test('a question whose attribute the report lacks says so, and shows what the report does say', async () => {
    const { text } = await ask('how many GPUs does DeepSeek have?');
    expect(text).toMatch(/doesn't say/);
    expect(text).toMatch(/What it does say:/);
  });
});

describe('answer buttons', () => {
  test('the asker flips the answer to the other language in place; anyone else gets a private copy', async () => {
    const { sent } = await ask('Did Huawei send engineers to help DeepSeek?');
    const message = originalMessage(h.fake, sent.id);
    const own = await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:flip:ar', messageId: message.id }));
    expect(own.body.type).toBe(7);
    expect(embedText(firstEmbed(own))).toMatch(/هندس/);
    const other = await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:flip:ar', messageId: message.id, userId: '800000000000000002' }));
    expect(other.body.type).toBe(4);
    expect(isEphemeral(other)).toBeTruthy();
  });

  test('helpful / not helpful is stored, one vote per person', async () => {
    const { sent } = await ask('Is DeepSeek testing Cambricon accelerators?');
    const message = originalMessage(h.fake, sent.id);
    const factId = message.embeds[0].footer.text.split(' · ')[1];
    await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:vote:down:en', messageId: message.id }));
    await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:vote:up:en', messageId: message.id }));
    expect(await h.runtime.store.feedbackFor(factId)).toEqual({ helpful: 1, notHelpful: 0 });
  });

  test('only the asker (or a moderator) can delete an answer', async () => {
    const { sent } = await ask('Who is Cambricon?');
    const message = originalMessage(h.fake, sent.id);
    const deleteId = message.components[0].components.find((b: { custom_id?: string }) => b.custom_id?.startsWith('isnad:delete:')).custom_id;
    const stranger = await h.fake.waitForResponse(await h.fake.button({ customId: deleteId, messageId: message.id, userId: '800000000000000003' }));
    expect(isEphemeral(stranger)).toBeTruthy();
    // A forged button naming the stranger as the asker changes nothing: the asker is read from the message.
    const forged = await h.fake.waitForResponse(
      await h.fake.button({ customId: 'isnad:delete:800000000000000003:en', messageId: message.id, userId: '800000000000000003' }),
    );
    expect(replyBody(forged).content).toMatch(/Only the person who asked/);
    expect(h.fake.calls.some((c) => c.method === 'DELETE' && c.path.endsWith(`/messages/${message.id}`))).toBe(false);
    expect(h.fake.message(message.id)).toBeDefined();
    await h.fake.button({ customId: deleteId, messageId: message.id });
    await h.fake.waitForCall((c) => c.method === 'DELETE' && c.path.endsWith(`/messages/${message.id}`));
  });

  test('unanswered questions are counted and shown to moderators in /fact gaps', async () => {
    await ask('Who is the CEO of Cambricon?');
    await ask('who is the ceo of cambricon');
    const { text } = await command('fact', 'gaps');
    expect(text).toMatch(/2×.*CEO of Cambricon/i);
  });
});

describe('moderators', () => {
  const moore = {
    en: 'DeepSeek also benchmarked Moore Threads graphics cards for speech transcription.',
    ar: 'اختبرت ديب سيك أيضًا بطاقات مور ثريدز الرسومية لتفريغ الكلام.',
    source: '4',
    aliases: 'moore threads\nمور ثريدز',
  };

  test('a moderator adds a fact through the modal and the next /ask finds it', async () => {
    const opened = await command('fact', 'add');
    expect(opened.call.body.type).toBe(9);
    expect(opened.call.body.data.custom_id).toBe('isnad:add');
    const added = await submitModal('isnad:add', moore);
    expect(added.text).toMatch(/Added `([a-z0-9-]+)`/);
    const { text } = await ask('Moore Threads speech transcription');
    expect(text).toMatch(/Moore Threads/);
    const stored = (await h.runtime.store.listFacts({ status: 'active' })).find((f) => f.en === moore.en)!;
    const [revision] = await h.runtime.store.history(stored.id);
    expect(revision.actor.id).toBe(h.fake.userId);
  });

  test('a non-moderator is refused even when the command reaches the bot, and nothing changes', async () => {
    const before = await h.runtime.store.countFacts('active');
    const refused = await command('fact', 'add', {}, { permissions: String(1n << 13n) });
    expect(refused.text).toMatch(/Only moderators/);
    expect(isEphemeral(refused.call)).toBeTruthy();
    const forged = await submitModal('isnad:add', { ...moore, en: 'Forged fact about Moore Threads GPUs.' }, {});
    expect(forged.text).toMatch(/Only moderators/);
    expect(await h.runtime.store.countFacts('active')).toBe(before);
  });

  test('an invalid fact is refused with the field named', async () => {
    const refused = await submitModal('isnad:add', { ...moore, ar: 'English where Arabic belongs', source: '42' });
    expect(refused.text).toMatch(/ar: must be written in Arabic/);
    expect(refused.text).toMatch(/paragraph: ¶42 is not in "report"/);
  });

  test('removing needs the confirm button; cancel keeps the fact', async () => {
    // A fact of its own, so no other test loses one it asks about.
    const iluvatar = {
      en: 'DeepSeek also evaluated Iluvatar CoreX accelerators for smaller R2 models.',
      ar: 'قيّمت ديب سيك أيضًا مسرعات إيلوفاتار كوركس للنماذج الأصغر من R2.',
      paragraph: 4,
    };
    const { id } = await h.runtime.store.addFact(iluvatar, { id: 'test', name: 'test' });
    expect((await ask('Iluvatar CoreX accelerators')).text).toMatch(new RegExp(id));
    const asked = await command('fact', 'remove', { id });
    const [confirm, cancel] = asked.body.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect((await h.runtime.store.getFact(id))?.status).toBe('active');
    await h.fake.waitForResponse(await h.fake.button({ customId: cancel, ...moderator }));
    expect((await h.runtime.store.getFact(id))?.status).toBe('active');
    await h.fake.waitForResponse(await h.fake.button({ customId: confirm, ...moderator }));
    expect((await h.runtime.store.getFact(id))?.status).toBe('removed');
    const { text } = await ask('Iluvatar CoreX accelerators');
    expect(text).not.toMatch(new RegExp(id));
  });

  test('an edit changes the answer and a history revert button restores it', async () => {
    const id = 'baidu-accelerators';
    const original = (await h.runtime.store.getFact(id))!;
    const edited = await submitModal(`isnad:edit:${id}`, {
      en: 'Baidu accelerators are among the chips DeepSeek tests for smaller R2 models (edited).',
      ar: original.ar,
      source: '4',
      aliases: '',
    });
    expect(edited.text).toMatch(/Updated/);
    expect((await ask('Baidu accelerators')).text).toMatch(/\(edited\)/);
    const history = await command('fact', 'history', { id });
    const revert = history.body.components[0].components.at(-1).custom_id;
    await h.fake.waitForResponse(await h.fake.button({ customId: revert, ...moderator }));
    expect(h.runtime.engine.fact(id)?.en).toBe(original.en);
    expect((await ask('Baidu accelerators')).text).not.toMatch(/\(edited\)/);
  });

  test('a suggestion approved by a moderator becomes answerable', async () => {
    const opened = await h.fake.waitForResponse(await h.fake.slashCommand({ name: 'suggest' }));
    expect(opened.body.type).toBe(9);
    const suggested = await submitModal(
      'isnad:suggestion',
      { en: 'Enflame accelerators were also on DeepSeek’s test bench.', ar: '', source: '4', aliases: '' },
      {},
    );
    expect(suggested.text).toMatch(/Suggestion #(\d+)/);
    expect((await ask('Enflame accelerators')).text).toMatch(/doesn't say/);
    const review = await command('fact', 'review');
    const approve = review.body.components[0].components[0].custom_id;
    const modal = await h.fake.waitForResponse(await h.fake.button({ customId: approve, ...moderator }));
    expect(modal.body.type).toBe(9);
    await submitModal(modal.body.data.custom_id, {
      en: 'Enflame accelerators were also on DeepSeek’s test bench.',
      ar: 'كانت مسرعات إنفليم أيضًا ضمن اختبارات ديب سيك.',
      source: '4',
      aliases: '',
    });
    expect((await ask('Enflame accelerators')).text).toMatch(/Enflame/);
  });

  test('export sends a file and import of it changes nothing; a bad import is refused whole', async () => {
    const exported = await command('fact', 'export');
    const file = exported.call.files[0];
    expect(file.name).toBe('isnad-facts.jsonl');
    const text = file.data.toString('utf8');
    const before = await h.runtime.store.countFacts('all');
    const good = await h.fake.slashCommand({ name: 'fact', subcommand: 'import', options: { file: h.fake.attachment('good.jsonl', text) }, ...moderator });
    const goodReply = await h.fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(good.token));
    expect(goodReply.body.content).toMatch(/0 added, 0 updated/);
    const badFile = h.fake.attachment('bad.jsonl', `${text}{"id":"x","en":"no arabic","ar":"","sourceId":"report","paragraph":1}\n`);
    const bad = await h.fake.slashCommand({ name: 'fact', subcommand: 'import', options: { file: badFile }, ...moderator });
    const badReply = await h.fake.waitForCall((c) => c.method === 'POST' && c.path.startsWith('/webhooks/') && c.path.includes(bad.token));
    expect(badReply.body.content).toMatch(/line \d+: .*ar/);
    expect(await h.runtime.store.countFacts('all')).toBe(before);
  });

  test('an import from anywhere but the attachment host is refused without being fetched', async () => {
    let fetched = false;
    const server: Server = createServer((_request, response) => {
      fetched = true;
      response.end('{"id":"planted","en":"Planted.","ar":"مزروعة.","sourceId":"report","paragraph":1}\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/facts.jsonl`;
      const sent = await h.fake.slashCommand({
        name: 'fact',
        subcommand: 'import',
        options: { file: { attachment: { url, filename: 'facts.jsonl', size: 90 } } },
        ...moderator,
      });
      const reply = await h.fake.waitForCall((c) => c.method === 'POST' && c.path.startsWith('/webhooks/') && c.path.includes(sent.token));
      expect(reply.body.content).toMatch(/not a Discord attachment/);
      expect(fetched).toBe(false);
      expect(await h.runtime.store.getFact('planted')).toBeUndefined();
    } finally {
      server.close();
    }
  });
});

describe('resilience', () => {
  test('the gateway closes mid-session: the bot reconnects and answers the next question', async () => {
    const resumesBefore = h.fake.gatewayLog.filter((entry) => entry.op === 'RESUME').length;
    h.fake.closeGateway({ code: 4000 });
    await waitUntil(() => h.fake.gatewayLog.filter((entry) => entry.op === 'RESUME').length > resumesBefore, 'resume');
    expect((await ask('Who sent engineers to help with R2?')).text).toMatch(/¶6/);
  });

  test('REST answers 429 with retry-after, then 500 once: the reply still arrives', async () => {
    h.fake.injectFaults((c) => c.path.endsWith('/callback'), { rateLimits: 1, serverErrors: 1 });
    const { call } = await ask('Is DeepSeek testing Baidu chips?');
    expect(embedText(firstEmbed(call))).toMatch(/Baidu/);
    const statuses = h.fake.calls.filter((c) => c.path === call.path).map((c) => c.status);
    expect(statuses).toEqual([429, 500, 204]);
  });

  test('every message the bot posts parses no mentions', async () => {
    const from = h.fake.calls.length;
    // One of each way the bot speaks: a slash answer, a chat reply, a DM, a button's update, a moderator's view.
    const { sent } = await ask('@everyone what does DeepSeek use for R2? <@&123456789012345678>');
    const mention = await h.fake.userMessage({ content: '@everyone is DeepSeek testing Baidu chips?', mentionBot: true, userId: '800000000000000021' });
    const dm = await h.fake.userMessage({ content: '@here who sent engineers?', guildId: null, userId: '800000000000000022' });
    await h.fake.waitForCall((c) => c.body?.message_reference?.message_id === mention.id);
    await h.fake.waitForCall((c) => c.body?.message_reference?.message_id === dm.id);
    await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:flip:ar', messageId: originalMessage(h.fake, sent.id).id }));
    await command('fact', 'gaps');
    const posted = h.fake.calls
      .slice(from)
      .filter(
        (c) =>
          (c.method === 'POST' && /\/channels\/\d+\/messages$|^\/webhooks\//.test(c.path)) ||
          (c.path.endsWith('/callback') && [4, 7].includes(c.body.type)) ||
          (c.method === 'PATCH' && c.path.startsWith('/webhooks/')),
      );
    expect(posted.length).toBeGreaterThanOrEqual(5);
    for (const call of posted) expect({ path: call.path, parse: replyBody(call).allowed_mentions?.parse }).toEqual({ path: call.path, parse: [] });
  });

  test('a failure whose error quotes the token is logged with the token masked', async () => {
    const realGetFact = h.runtime.store.getFact.bind(h.runtime.store);
    h.runtime.store.getFact = () => {
      throw new Error(`login refused for ${h.fake.token}`);
    };
    let errorId: string | undefined;
    try {
      const reply = await h.fake.waitForResponse(
        await h.fake.slashCommand({ name: 'fact', subcommand: 'show', options: { id: 'baidu-accelerators' }, ...moderator }),
      );
      errorId = /Error id: ([0-9a-f]{8})/.exec(replyBody(reply).content as string)?.[1];
    } finally {
      h.runtime.store.getFact = realGetFact;
    }
    const logged = h.logs
      .map((line) => JSON.parse(line) as { errorId?: string; error?: { message: string; stack: string } })
      .find((entry) => entry.errorId === errorId);
    expect(logged?.error?.message).toBe('login refused for [redacted]');
    expect(logged?.error?.stack).toContain('[redacted]');
    expect(h.logs.join('\n')).not.toContain(h.fake.token);
  });
});
