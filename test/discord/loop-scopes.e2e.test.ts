/**
 * The moderators' loop in two servers: each server's moderators see and act on their own server's
 * gaps, votes and stats only; a gap answered in one server is answered there, not in the other.
 */
import { statsText } from '../../src/stats/usage';
import type { Obj } from '../fake-discord';
import { waitUntil } from '../wait';
import { embedText, firstEmbed, type Harness, MODERATOR_ROLE, originalMessage, replyBody, startHarness } from './harness';

jest.setTimeout(20_000);

let h: Harness;
let home: string;
let other: string;
beforeAll(async () => {
  h = await startHarness({}, { guilds: 2 });
  [home, other] = h.fake.guilds.map((guild) => guild.id);
});
afterAll(async () => {
  await h?.stop();
});

async function ask(question: string, guildId: string) {
  const sent = await h.fake.slashCommand({ name: 'ask', options: { question }, guildId });
  const call = await h.fake.waitForResponse(sent);
  return { sent, text: embedText(firstEmbed(call)), footer: firstEmbed(call).footer?.text as string };
}

async function fact(subcommand: string, guildId: string, options: Record<string, string> = {}) {
  const sent = await h.fake.slashCommand({ name: 'fact', subcommand, options, guildId, roles: [MODERATOR_ROLE] });
  const call = await h.fake.waitForResponse(sent);
  const reply = call.body.type === 5 ? await h.fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(sent.token)) : call;
  const body = replyBody(reply);
  return { body, text: [body.content ?? '', ...(body.embeds ?? []).map(embedText)].join('\n') };
}

test("a server's moderators see only their server's gaps, and answering one answers it there only", async () => {
  for (let i = 0; i < 3; i++) await ask('How much did DeepSeek pay Huawei for the chips?', other);
  await ask('What is the DeepSeek logo colour?', home);
  // The bot records behind its reply.
  await waitUntil(async () => (await h.runtime.store.topUnanswered(10)).reduce((sum, question) => sum + question.count, 0) === 4, 'all four askings recorded');
  const theirs = await fact('gaps', other);
  expect(theirs.text).toMatch(/3× .*pay Huawei/);
  expect(theirs.text).not.toMatch(/logo/);
  const ours = await fact('gaps', home);
  expect(ours.text).toMatch(/logo/);
  expect(ours.text).not.toMatch(/pay Huawei/);

  const answerButton = (theirs.body.components as Obj[])
    .flatMap((row) => row.components)
    .find((button: Obj) => button.custom_id.startsWith('isnad:gap-answer:'));
  // Another server's gap cannot be acted on from here.
  const refused = await h.fake.waitForResponse(await h.fake.button({ customId: answerButton.custom_id, guildId: home, roles: [MODERATOR_ROLE] }));
  expect(replyBody(refused).content).toMatch(/no longer open/);

  const picker = await h.fake.waitForResponse(await h.fake.button({ customId: answerButton.custom_id, guildId: other, roles: [MODERATOR_ROLE] }));
  const menu = picker.body.data.components[0].components[0];
  const picked = await h.fake.waitForResponse(
    await h.fake.select({ customId: menu.custom_id, values: [menu.options[0].value], guildId: other, roles: [MODERATOR_ROLE] }),
  );
  expect(picked.body.data.content).toMatch(/way to ask/);

  expect((await ask('How much did DeepSeek pay Huawei for the chips?', other)).text).not.toMatch(/doesn't say/);
  expect((await ask('How much did DeepSeek pay Huawei for the chips?', home)).text).toMatch(/doesn't say/);
});

test("a 👎 shows in its own server's /fact show and stats, not in the other's", async () => {
  const { sent, footer } = await ask('Which chips does DeepSeek use for R2?', other);
  const factId = footer.replace(/^Isnad · /, '').split(' · ')[0];
  const answer = originalMessage(h.fake, sent.id);
  await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:vote:down:en', messageId: answer.id, userId: '800000000000000044', guildId: other }));
  await waitUntil(async () => (await h.runtime.store.feedbackFor(factId)).notHelpful === 1, 'the 👎 recorded');
  await waitUntil(async () => (await h.runtime.store.usageStats(1, [other])).days[0].answered >= 1, 'the answer counted');

  expect((await fact('show', other, { id: factId })).text).toMatch(/👎 1[\s\S]*Questions that drew a 👎[\s\S]*Which chips does DeepSeek use for R2\?/);
  const atHome = await fact('show', home, { id: factId });
  expect(atHome.text).toMatch(/👎 0/);
  expect(atHome.text).not.toMatch(/Questions that drew a 👎/);

  const theirs = (await fact('stats', other)).body.embeds[0].description.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
  const ours = (await fact('stats', home)).body.embeds[0].description.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
  expect(theirs).toBe(statsText(await h.runtime.store.usageStats(30, [other]), 'en'));
  expect(theirs).toMatch(/Feedback: 0 helpful, 1 not helpful/);
  expect(ours).toMatch(/Feedback: 0 helpful, 0 not helpful/);
  expect(ours).not.toBe(theirs);
});
