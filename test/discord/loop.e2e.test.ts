/**
 * The moderators' loop end to end, through the fake Discord: gaps grouped and acted on (answered
 * with a fact, a fact written for one, dismissed), the 👎 votes moderators see, and the stats chart.
 */
import { PNG } from 'pngjs';
import { CHART_SIZE } from '../../src/stats/chart';
import { statsText } from '../../src/stats/usage';
import type { Obj } from '../fake-discord';
import { waitUntil } from '../wait';
import { embedText, firstEmbed, type Harness, MODERATOR_ROLE, originalMessage, replyBody, startHarness } from './harness';

jest.setTimeout(20_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const moderator = { roles: [MODERATOR_ROLE] };

async function ask(question: string) {
  const sent = await h.fake.slashCommand({ name: 'ask', options: { question } });
  const call = await h.fake.waitForResponse(sent);
  return { sent, call, text: embedText(firstEmbed(call)), footer: firstEmbed(call).footer?.text as string };
}

/** A moderator's /fact subcommand and its reply (the callback, or for a deferred reply its edit). */
async function fact(subcommand: string, options: Record<string, string | number> = {}) {
  const sent = await h.fake.slashCommand({ name: 'fact', subcommand, options, ...moderator });
  const call = await h.fake.waitForResponse(sent);
  const reply = call.body.type === 5 ? await h.fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(sent.token)) : call;
  const body = replyBody(reply);
  return { call: reply, body, text: [body.content ?? '', ...(body.embeds ?? []).map(embedText)].join('\n') };
}

async function press(customId: string, messageId?: string) {
  return h.fake.waitForResponse(await h.fake.button({ customId, ...(messageId ? { messageId } : {}), ...moderator }));
}

const customIds = (body: Obj): string[] => (body.components ?? []).flatMap((row: Obj) => row.components.map((component: Obj) => component.custom_id));

/**
 * Asks `question` `times` times (each unanswered), and returns its gap's id as the store groups it,
 * once every asking is recorded (the bot records behind its reply).
 */
async function makeGap(question: string, times: number, variants: string[] = []): Promise<string> {
  for (let i = 0; i < times; i++) expect((await ask(variants[i] ?? question)).text).toMatch(/doesn't say/);
  const gap = await waitUntil(
    async () =>
      (await h.runtime.store.gaps(h.runtime.engine.analyzer)).find(
        (candidate) => candidate.count === times && candidate.questions.some((asked) => asked.example === question),
      ),
    `a gap of "${question}" asked ${times} times`,
  );
  return gap.id;
}

/** Today's questions as the store counts them. */
async function askedToday(): Promise<number> {
  const today = (await h.runtime.store.usageStats(1)).days[0];
  return today.answered + today.abstained;
}

describe('/fact gaps', () => {
  test('a question asked three times (in three wordings) is one gap, counted 3, with its actions', async () => {
    const id = await makeGap("Who is DeepSeek's CEO?", 3, ["Who is DeepSeek's CEO?", 'who is the ceo of deepseek', 'WHO IS DEEPSEEKS CEO']);
    const { body, text } = await fact('gaps');
    const lines = text.split('\n').filter((line) => /CEO/i.test(line) && line.includes('×'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/3× .*CEO/i);
    expect(text).toMatch(/also asked as: .*ceo/i);
    expect(customIds(body)).toEqual(expect.arrayContaining([`isnad:gap-answer:${id}`, `isnad:gap-write:${id}`, `isnad:gap-dismiss:${id}:1`]));
  });

  test('Answer with a fact: the pick makes the next asking answered with that fact, cited', async () => {
    const question = 'How much did DeepSeek pay Huawei for the chips?';
    const id = await makeGap(question, 3);
    const picker = await press(`isnad:gap-answer:${id}`);
    const menu = picker.body.data.components[0].components[0];
    expect(menu.custom_id).toBe(`isnad:gap-fact:${id}`);
    expect(menu.options.length).toBeGreaterThan(1);
    const target = { id: menu.options[1].value as string };
    const picked = await h.fake.waitForResponse(await h.fake.select({ customId: menu.custom_id, values: [target.id], ...moderator }));
    expect(picked.body.type).toBe(7);
    expect(picked.body.data.content).toMatch(new RegExp(`way to ask \`${target.id}\``));

    const { text, footer } = await ask(question);
    expect(text).not.toMatch(/doesn't say/);
    expect(footer).toContain(target.id);
    expect(text).toMatch(/\[1\].*¶\d/s);
    expect((await h.runtime.store.history(target.id)).at(-1)).toMatchObject({ action: 'edit', reason: 'answers an unanswered question, asked 3 times' });
    expect((await fact('gaps')).text).not.toMatch(/pay Huawei/);
  });

  test('/fact answer finds the gap as the moderator types, and answers it with the fact named', async () => {
    const question = 'How fast is the Ascend 910C?';
    const id = await makeGap(question, 1);
    const suggested = await h.fake.waitForResponse(
      await h.fake.autocomplete({ name: 'fact', subcommand: 'answer', options: { gap: 'ascend 910', fact: '' }, focused: 'gap', ...moderator }),
    );
    expect(suggested.body.data.choices).toContainEqual({ name: `1× ${question}`, value: id });
    const target = h.runtime.engine.facts().find((candidate) => candidate.en.includes('Ascend is'));
    if (!target) throw new Error('no fact saying what Ascend is');
    expect((await fact('answer', { gap: id, fact: target.id })).text).toMatch(/way to ask/);
    expect((await ask(question)).footer).toContain(target.id);
  });

  test('Write a fact opens the add form with the question as a way to ask; the new fact answers it and closes the gap', async () => {
    const question = 'Where is DeepSeek headquartered?';
    const id = await makeGap(question, 2);
    const form = await press(`isnad:gap-write:${id}`);
    expect(form.body.type).toBe(9);
    expect(form.body.data.custom_id).toBe(`isnad:add:${id}`);
    const fields = Object.fromEntries(form.body.data.components.map((label: Obj) => [label.component.custom_id, label.component.value ?? '']));
    expect(fields).toMatchObject({ en: '', ar: '', aliases: question });

    const sent = await h.fake.modalSubmit({
      customId: form.body.data.custom_id,
      fields: { en: 'The report does not say where DeepSeek is based.', ar: 'لا يذكر التقرير مقر ديب سيك.', source: '1', aliases: fields.aliases },
      ...moderator,
    });
    const added = await h.fake.waitForResponse(sent);
    const newId = /Added `([^`]+)`/.exec(replyBody(added).content)?.[1] as string;
    expect((await ask(question)).footer).toContain(newId);
    expect((await fact('gaps')).text).not.toMatch(/headquartered/);
  });

  test('Dismiss removes the gap from the list, and the question stays in the record', async () => {
    const question = 'What is the DeepSeek logo colour?';
    const id = await makeGap(question, 3);
    const listing = await h.fake.slashCommand({ name: 'fact', subcommand: 'gaps', ...moderator });
    expect(embedText(firstEmbed(await h.fake.waitForResponse(listing)))).toMatch(/logo/);
    const message = originalMessage(h.fake, listing.id);
    const updated = await press(`isnad:gap-dismiss:${id}:1`, message.id);
    expect(updated.body.type).toBe(7);
    expect(embedText(updated.body.data.embeds[0])).not.toMatch(/logo/);
    expect((await fact('gaps')).text).not.toMatch(/logo/);
    expect((await h.runtime.store.closedUnanswered()).find((closed) => closed.example === question)?.closed?.how).toBe('dismissed');
  });
});

describe('feedback and stats', () => {
  test('a 👎 shows in /fact show with the question that drew it, flags the fact, sorts it first in /fact list, and counts in the stats', async () => {
    // The report never calls the inference model R2, so 'run inference on R2' is declined: asked what it does say.
    const question = 'What does DeepSeek use for R2?';
    const { sent, footer } = await ask(question);
    const factId = footer.replace(/^Isnad · /, '').split(' · ')[0];
    const answer = originalMessage(h.fake, sent.id);
    const voted = await h.fake.waitForResponse(await h.fake.button({ customId: 'isnad:vote:down:en', messageId: answer.id, userId: '800000000000000031' }));
    expect(voted.body.data.content).toMatch(/Thanks/);
    await waitUntil(async () => (await h.runtime.store.feedbackFor(factId)).notHelpful === 1, 'the 👎 recorded');

    const shown = await fact('show', { id: factId });
    expect(shown.text).toMatch(/👎 1/);
    expect(shown.text).toMatch(/more 👎 than 👍/);
    expect(shown.text).toMatch(/Questions that drew a 👎[\s\S]*What does DeepSeek use for R2\?/);

    const listed = await fact('list', { sort: 'not-helpful' });
    expect(listed.body.embeds[0].title).toMatch(/most 👎 first/);
    expect(listed.body.embeds[0].description.split('\n')[0]).toContain(factId);

    expect((await fact('stats')).text).toMatch(/Feedback: \d+ helpful, [1-9]\d* not helpful/);
  });

  test('/fact stats attaches the chart as a PNG of the chart size, not blank, with the figures the store holds as text', async () => {
    const before = await askedToday();
    await ask('Which chips does DeepSeek use for R2?');
    await ask('What is the weather in Hangzhou today?');
    await waitUntil(async () => (await askedToday()) === before + 2, 'both questions counted');
    const { call, body } = await fact('stats');
    const [file] = call.files;
    expect(file.name).toBe('isnad-stats.png');
    const png = PNG.sync.read(file.data);
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) ink++;
    expect(ink).toBeGreaterThan(png.width * png.height * 0.02);

    const stats = await h.runtime.store.usageStats(30);
    const today = stats.days.at(-1);
    expect(today?.answered).toBeGreaterThanOrEqual(1);
    expect(today?.abstained).toBeGreaterThanOrEqual(1);
    const shown = body.embeds[0].description.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
    expect(shown).toBe(statsText(stats, 'en'));
    expect(body.embeds[0].image.url).toBe('attachment://isnad-stats.png');
    expect(body.attachments[0].description).toMatch(/^Last 30 days/);
  });
});
