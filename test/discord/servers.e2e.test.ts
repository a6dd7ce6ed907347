/**
 * One bot, three servers, against the fake Discord: H is the home server (its moderators change
 * the shared knowledge), A is a server anyone could have invited the bot to (its administrator is
 * the attacker), B is another server with its own moderator role. Whatever A's administrator
 * sends — commands, forged forms and buttons, imports, reverts — B is told exactly what it was
 * told before; a fact added in one server is answered there only; a home moderator's change is
 * answered everywhere; nothing is written from a direct message.
 */
import { PermissionFlagsBits } from 'discord.js';
import type { OptionValue } from '../fake-discord';
import { embedText, firstEmbed, harnessForFile, replyText } from './harness';

jest.setTimeout(30_000);

const HOME_ROLE = '900000000000000011';
const B_ROLE = '900000000000000012';
const R2_QUESTION = 'what does DeepSeek use for R2?';
const R2_FACT = 'nvidia-for-r2-llm';
const PHISHING = 'DeepSeek abandoned Nvidia for R2, see https://phish.example/r2';

const harness = harnessForFile((fake) => ({ homeGuildIds: [fake.guilds[0].id], moderatorRoleIds: [HOME_ROLE, B_ROLE] }), {
  guilds: 3,
  rolesByGuild: [[HOME_ROLE], [], [B_ROLE]],
});
let home: string;
let a: string;
let b: string;

beforeAll(() => {
  [home, a, b] = harness.current.fake.guilds.map((guild) => guild.id);
});

/** Every permission: what the administrator of a server they made has. */
const ADMIN = String(PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageMessages);
const homeModerator = () => ({ guildId: home, roles: [HOME_ROLE] });
const attacker = () => ({ guildId: a, permissions: ADMIN, userId: '800000000000000666' });
const bModerator = () => ({ guildId: b, roles: [B_ROLE] });

/** Each question comes from a new member, so no cooldown or rate limit carries over. */
let members = 0;

/** What a member of `guildId` (null: a DM) is told, and the ids of the facts it rests on. */
async function askIn(guildId: string | null, question: string) {
  const sent = await harness.current.fake.slashCommand({
    name: 'ask',
    options: { question },
    guildId,
    userId: String(700000000000000000n + BigInt(++members)),
  });
  const embed = firstEmbed(await harness.current.fake.waitForResponse(sent));
  return { text: embedText(embed), ids: (embed.footer?.text ?? '').split(' · ').slice(1) };
}

async function command(subcommand: string, options: Record<string, OptionValue>, actor: Record<string, unknown>) {
  return replyText(await harness.current.fake.waitForResponse(await harness.current.fake.slashCommand({ name: 'fact', subcommand, options, ...actor })));
}

async function modal(customId: string, fields: Record<string, string>, actor: Record<string, unknown>) {
  return replyText(await harness.current.fake.waitForResponse(await harness.current.fake.modalSubmit({ customId, fields, ...actor })));
}

async function button(customId: string, actor: Record<string, unknown>) {
  return replyText(await harness.current.fake.waitForResponse(await harness.current.fake.button({ customId, ...actor })));
}

/** The reply to a deferred command (an import): its follow-up or its edited original. */
async function deferredReply(token: string): Promise<string> {
  const call = await harness.current.fake.waitForCall((c) => c.path.startsWith('/webhooks/') && c.path.includes(token) && c.method !== 'GET');
  return call.body.content as string;
}

const fact = (en: string, ar: string, source = '5') => ({ en, ar, source, aliases: '' });

test('a fact added in one server is answered there, and not in another server nor in a DM', async () => {
  const added = await modal(
    'isnad:add',
    fact('Server A notes that DeepSeek tested Zhaoxin processors too.', 'يلاحظ الخادم أن ديب سيك اختبرت معالجات تشاوشين أيضًا.', '4'),
    attacker(),
  );
  const id = /Added `([a-z0-9-]+)`; it answers questions in this server now/.exec(added)?.[1];
  expect(id).toBeDefined();
  expect((await askIn(a, 'Did DeepSeek test Zhaoxin processors?')).ids).toContain(id);
  for (const elsewhere of [b, home, null]) expect((await askIn(elsewhere, 'Did DeepSeek test Zhaoxin processors?')).ids).not.toContain(id);
  // Not even its text, through autocomplete or a forged "did you mean" button.
  const choices = await harness.current.fake.waitForResponse(
    await harness.current.fake.autocomplete({ name: 'ask', options: { question: 'zhaoxin process' }, focused: 'question', guildId: b }),
  );
  expect(JSON.stringify(choices.body.data.choices)).not.toMatch(/Zhaoxin/);
  expect(await button(`isnad:suggested:${id}:en`, { guildId: b })).not.toMatch(/Zhaoxin/);
});

test("a home server moderator's change is answered in every server and in DMs", async () => {
  const added = await modal(
    'isnad:add',
    fact('DeepSeek also weighed Iluvatar CoreX accelerators for inference.', 'درست ديب سيك أيضًا مسرعات إيلوفاتار كوريكس للاستدلال.', '4'),
    homeModerator(),
  );
  const id = /Added `([a-z0-9-]+)`; it answers questions now/.exec(added)?.[1];
  expect(id).toBeDefined();
  for (const guildId of [home, a, b, null]) expect((await askIn(guildId, 'Iluvatar CoreX accelerators for inference?')).ids[0]).toBe(id);
});

test('an administrator of one server cannot change what another server is told, by any path', async () => {
  // B's own fact and suggestion, and a shared fact B hid: all things A will try to reach.
  const bOwn = /Added `([a-z0-9-]+)`/.exec(
    await modal('isnad:add', fact('Server B records that DeepSeek benchmarked Biren GPUs.', 'يسجل الخادم ب أن ديب سيك اختبرت وحدات بيرين.', '4'), bModerator()),
  )?.[1] as string;
  expect(bOwn).toBeDefined();
  await button('isnad:remove:cambricon-accelerators:confirm', bModerator());
  const bHiding = (await harness.current.runtime.store.history('cambricon-accelerators', b)).at(-1)!;
  const suggested = await modal(
    'isnad:suggestion',
    { en: 'A suggestion made in server B about Moore Threads.', ar: '', source: '4', aliases: '' },
    { guildId: b, userId: '800000000000000777' },
  );
  const suggestionId = /#(\d+)/.exec(suggested)?.[1] as string;
  await askIn(b, 'Who is the CEO of Biren in server B?');
  const before = {
    r2: await askIn(b, R2_QUESTION),
    own: await askIn(b, 'Biren GPUs benchmarked?'),
    cambricon: await askIn(b, 'Cambricon accelerators'),
    baidu: await askIn(b, 'Is DeepSeek testing Baidu chips?'),
  };
  expect(before.r2.ids[0]).toBe(R2_FACT);
  expect(before.own.ids[0]).toBe(bOwn);
  expect(before.cambricon.ids).not.toContain('cambricon-accelerators');

  // Commands and forms on the shared fact: A gets its own version, hidden nowhere else.
  expect(await modal(`isnad:edit:${R2_FACT}`, fact(PHISHING, 'تخلت ديب سيك عن إنفيديا لنموذج R2.'), attacker())).toMatch(/Saved as this server's own fact/);
  expect(await button('isnad:remove:baidu-accelerators:confirm', attacker())).toMatch(/Hidden `baidu-accelerators` in this server/);
  // Forged forms and buttons naming B's records: not found from A.
  expect(await modal(`isnad:edit:${bOwn}`, fact(PHISHING, 'تخلت ديب سيك عن إنفيديا.'), attacker())).toMatch(/no fact (has the id|with id)/);
  expect(await button(`isnad:remove:${bOwn}:confirm`, attacker())).toMatch(/no fact (has the id|with id)/);
  expect(await button(`isnad:revert:cambricon-accelerators:${bHiding.id}`, attacker())).toMatch(/has no revision/);
  expect(await button(`isnad:revert:${bOwn}:1`, attacker())).toMatch(/no fact (has the id|with id)/);
  expect(await command('revert', { id: R2_FACT, revision: (await harness.current.runtime.store.history(R2_FACT))[0].id }, attacker())).toMatch(
    /only the home servers' moderators can revert it/,
  );
  expect(await modal(`isnad:approve:${suggestionId}`, fact(PHISHING, 'تخلت ديب سيك عن إنفيديا.'), attacker())).toMatch(/There is no suggestion/);
  expect(await button(`isnad:reject:${suggestionId}`, attacker())).toMatch(/There is no suggestion/);
  await button(`isnad:rejectall:${suggestionId}`, attacker());
  expect(await command('show', { id: bOwn }, attacker())).toMatch(/no fact (has the id|with id)/);
  expect(await command('gaps', {}, attacker())).not.toMatch(/Biren/);
  // Imports: the shared fact changed, or B's fact id taken over, refuse the whole file.
  const line = (id: string) => `${JSON.stringify({ id, en: PHISHING, ar: 'تخلت ديب سيك عن إنفيديا.', sourceId: 'report', paragraph: 5, aliases: [] })}\n`;
  for (const [id, refusal] of [
    [R2_FACT, /is a shared fact; this server cannot change it/],
    [bOwn, /another server's fact/],
  ] as const) {
    const sent = await harness.current.fake.slashCommand({
      name: 'fact',
      subcommand: 'import',
      options: { file: harness.current.fake.attachment('facts.jsonl', line(id)) },
      ...attacker(),
    });
    expect(await deferredReply(sent.token)).toMatch(refusal);
  }
  // B's administrator without B's moderator role is not a moderator in B either.
  expect(await modal(`isnad:edit:${R2_FACT}`, fact(PHISHING, 'تخلت ديب سيك عن إنفيديا.'), { guildId: b, permissions: ADMIN })).toMatch(/Only moderators/);

  // A is told its own version; B is told exactly what it was told before.
  expect((await askIn(a, 'Did DeepSeek abandon Nvidia for R2?')).text).toMatch(/phish\.example/);
  expect(await askIn(b, R2_QUESTION)).toEqual(before.r2);
  expect(await askIn(b, 'Biren GPUs benchmarked?')).toEqual(before.own);
  expect((await askIn(b, 'Cambricon accelerators')).ids).not.toContain('cambricon-accelerators');
  expect(await askIn(b, 'Is DeepSeek testing Baidu chips?')).toEqual(before.baidu);
  expect((await askIn(a, 'Is DeepSeek testing Baidu chips?')).ids).not.toContain('baidu-accelerators');
  expect((await askIn(home, R2_QUESTION)).ids[0]).toBe(R2_FACT);
  expect((await harness.current.runtime.store.listSuggestions('pending', [b])).map((item) => String(item.id))).toContain(suggestionId);
  expect((await harness.current.runtime.store.getFact(R2_FACT))?.en).not.toMatch(/phish/);
});

test('the shared knowledge cannot be written from a direct message', async () => {
  const dm = { guildId: null, permissions: ADMIN, roles: [HOME_ROLE] };
  const before = await harness.current.runtime.store.exportFacts(null);
  expect(await modal('isnad:add', fact('Written from a DM about Moore Threads chips.', 'كُتب من رسالة خاصة عن شرائح مور ثريدز.'), dm)).toMatch(
    /Only moderators/,
  );
  expect(await modal(`isnad:edit:${R2_FACT}`, fact(PHISHING, 'تخلت ديب سيك عن إنفيديا.'), dm)).toMatch(/Only moderators/);
  expect(await button(`isnad:remove:${R2_FACT}:confirm`, dm)).toMatch(/Only moderators/);
  expect(await command('add', {}, dm)).toMatch(/Only moderators/);
  expect(await harness.current.runtime.store.exportFacts(null)).toBe(before);
  expect((await askIn(null, R2_QUESTION)).ids[0]).toBe(R2_FACT);
});
