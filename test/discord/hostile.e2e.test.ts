/**
 * Hostile input through the real bot and the fake Discord: a 600-letter word, 10,000 aliases, a
 * 700,000-line import, a 2 MB line, masked links and headings in facts and suggestions, emoji at
 * every place text is cut. Each is refused with a message naming the limit, or shown as written
 * (never rendered as markdown, never with a broken character); nothing half-valid is stored. The
 * work is bounded by counting it (problems kept, lines parsed, characters sent and logged), never
 * by timing it.
 */
import { MAX_PROBLEMS } from '../../src/core/knowledge/problems';
import { LOG_LINE_LIMIT } from '../../src/discord/logger';
import { MAX_IMPORT_LINES } from '../../src/store/import-export';
import { waitUntil } from '../wait';
import { firstEmbed, harnessForFile, MODERATOR_ROLE, replyBody, replyText } from './harness';

jest.setTimeout(30_000);

const harness = harnessForFile();

const moderator = { roles: [MODERATOR_ROLE] };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text as Discord shows it: markdown escapes dropped. */
const shown = (text: string) => text.replace(/\\([^\w\s])/g, '$1');

async function modal(customId: string, fields: Record<string, string>, actor: Record<string, unknown> = moderator) {
  return replyText(await harness.current.fake.waitForResponse(await harness.current.fake.modalSubmit({ customId, fields, ...actor })));
}

/** Imports `content` as an attachment and returns the bot's reply (the deferred reply's follow-up or edit). */
async function importFile(content: string | Buffer, size?: number): Promise<string> {
  const sent = await harness.current.fake.slashCommand({
    name: 'fact',
    subcommand: 'import',
    options: { file: harness.current.fake.attachment('facts.jsonl', content, size) },
    ...moderator,
  });
  const reply = await harness.current.fake.waitForCall(
    (c) =>
      (c.path.startsWith('/webhooks/') && c.path.includes(sent.token) && c.method !== 'GET') ||
      (c.path === `/interactions/${sent.id}/${sent.token}/callback` && c.body.type === 4),
  );
  return (replyBody(reply).content as string) ?? '';
}

/** Counts JSON.parse calls while `work` runs: the import's parsing work, plus a little of discord.js's own. */
async function countingParses<T>(work: () => Promise<T>): Promise<{ result: T; parses: number }> {
  const spy = jest.spyOn(JSON, 'parse');
  try {
    const result = await work();
    return { result, parses: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

const goodFact = { en: 'DeepSeek also weighed Hygon accelerators for inference.', ar: 'درست ديب سيك أيضًا مسرعات هايغون للاستدلال.', source: '4', aliases: '' };
const line = (fields: Record<string, unknown>) =>
  `${JSON.stringify({ id: 'hostile-fact', en: goodFact.en, ar: goodFact.ar, sourceId: 'report', paragraph: 4, aliases: [], ...fields })}\n`;

test('a fact with a 600-letter word is refused, naming the limit, and nothing is indexed', async () => {
  const facts = await harness.current.runtime.store.countFacts('all');
  const stored = harness.current.runtime.engine.fuzzyWork.variantsStored;
  const text = await modal('isnad:add', { ...goodFact, en: `DeepSeek ${'x'.repeat(590)}` });
  expect(text).toMatch(/en: has a word of 590 letters \("x+…"\); the limit is 40/);
  expect(text.length).toBeLessThan(300);
  const alias = shown(await modal('isnad:add', { ...goodFact, aliases: 'ب'.repeat(100) }));
  expect(alias).toMatch(/aliases\[0\]: has a word of 100 letters/);
  expect(await harness.current.runtime.store.countFacts('all')).toBe(facts);
  expect(harness.current.runtime.engine.fuzzyWork.variantsStored).toBe(stored);
});

test('a fact with 10,000 aliases is refused as one problem', async () => {
  const aliases = Array.from({ length: 10_000 }, (_, i) => `alias number ${i}`);
  const { result: reply, parses } = await countingParses(() => importFile(line({ aliases })));
  expect(reply).toMatch(/^line 1: fact "hostile-fact": aliases: has 10000 entries; the limit is 30$/);
  expect(parses).toBeLessThan(50);
  expect(await harness.current.runtime.store.getFact('hostile-fact')).toBeUndefined();
});

test('a 700,000-line import is refused before any line is read', async () => {
  const { result: reply, parses } = await countingParses(() => importFile('x\n'.repeat(700_000)));
  expect(reply).toMatch(new RegExp(`file: has more than ${MAX_IMPORT_LINES} lines; import at most ${MAX_IMPORT_LINES}`));
  // Not one line of the file was handed to the JSON parser (what is counted is discord.js's own).
  expect(parses).toBeLessThan(50);
});

test('an import of 10,000 bad lines names the first 30 problems and counts the rest, in a bounded message and log line', async () => {
  const logged = harness.current.logs.length;
  const reply = await importFile('{"id": nope}\n'.repeat(MAX_IMPORT_LINES));
  const lines = reply.split('\n');
  const named = lines.filter((text) => /^line \d+: JSON: /.test(text)).length;
  expect(named).toBeGreaterThan(10);
  expect(named).toBeLessThanOrEqual(MAX_PROBLEMS);
  // The first ones, in the file's order.
  expect(lines.slice(0, named).map((text) => text.split(':')[0])).toEqual(Array.from({ length: named }, (_, i) => `line ${i + 1}`));
  // The count survives the cut to Discord's 2,000 characters.
  expect(lines.at(-1)).toBe(`…and ${MAX_IMPORT_LINES - named} more problems`);
  expect(reply.length).toBeLessThanOrEqual(2000);
  const newLogs = harness.current.logs.slice(logged);
  expect(newLogs.length).toBeGreaterThan(0);
  for (const entry of newLogs) expect(entry.length).toBeLessThanOrEqual(LOG_LINE_LIMIT);
});

test('a 2 MB single line is refused without being parsed; a file larger than it claims is cut off while downloading', async () => {
  const huge = `{"id":"big","en":"${'a'.repeat(2 * 1024 * 1024 - 40)}"}`;
  const { result: reply, parses } = await countingParses(() => importFile(huge));
  expect(reply).toMatch(/^line 1: line: is \d{7} characters long; a line holds one fact or source, at most 1000000 characters$/);
  expect(parses).toBeLessThan(50);
  const lying = await importFile(Buffer.alloc(3 * 1024 * 1024, 'y'), 1000);
  expect(lying).toMatch(/larger than 2 MB/);
});

test('a masked link is refused in a fact and a suggestion; headings, lists and quotes are shown as written', async () => {
  const link = '[the official statement](https://phish.example/r2)';
  expect(await modal('isnad:add', { ...goodFact, en: `DeepSeek said so: ${link}` })).toMatch(/en: contains a masked link/);
  expect(await modal('isnad:suggestion', { en: `Read ${link}`, ar: '', source: '4', aliases: '' }, {})).toMatch(/en: contains a masked link/);

  const heading = '# BREAKING: DeepSeek tested Hygon chips too';
  const added = await modal('isnad:add', { ...goodFact, en: heading });
  const id = /Added `([a-z0-9-]+)`/.exec(added)?.[1] as string;
  const answer = firstEmbed(
    await harness.current.fake.waitForResponse(
      await harness.current.fake.slashCommand({ name: 'ask', options: { question: 'Did DeepSeek test Hygon chips?' } }),
    ),
  );
  expect(answer.description).toMatch(/^\\# BREAKING/m);
  expect(answer.description).not.toMatch(/^# /m);
  await harness.current.runtime.store.removeFact(id, { id: 'test', name: 'test' });

  await modal(
    'isnad:suggestion',
    { en: '- a list item\n> a quote\n-# small print about Hygon', ar: '', source: '4', aliases: '' },
    { userId: '800000000000000901' },
  );
  const review = await harness.current.fake.waitForResponse(await harness.current.fake.slashCommand({ name: 'fact', subcommand: 'review', ...moderator }));
  const description = firstEmbed(review).description as string;
  // One line in the review: only its start could have been a list; the rest reads as written.
  expect(description).toMatch(/^\\- a list item > a quote -# small print about Hygon/);
});

test('emoji at every cut: questions, facts and unanswered questions are never cut inside a character', async () => {
  // The question shown above an answer is cut at 250; this one puts a two-unit emoji across every boundary.
  for (const pad of [248, 249, 250]) {
    const question = `${'a'.repeat(pad)}${'👨‍👩‍👧'.repeat(20)}`;
    const embed = firstEmbed(
      await harness.current.fake.waitForResponse(
        await harness.current.fake.slashCommand({ name: 'ask', options: { question }, userId: `80000000000000${pad}` }),
      ),
    );
    expect(embed.author.name).not.toMatch(LONE_SURROGATE);
    expect(embed.author.name.length).toBeLessThanOrEqual(256);
  }
  // Autocomplete shows facts cut at 100: a fact with emoji across that boundary.
  const emojiFact = `DeepSeek tested Hygon cards ${'🇸🇦'.repeat(40)}`;
  await modal('isnad:add', { ...goodFact, en: emojiFact, aliases: 'hygon cards' });
  for (const typed of ['hygon car', 'hygon card']) {
    const choices = await harness.current.fake.waitForResponse(
      await harness.current.fake.autocomplete({ name: 'ask', options: { question: typed }, focused: 'question', userId: `8000000000000009${typed.length}` }),
    );
    const names = (choices.body.data.choices as { name: string }[]).map((choice) => choice.name);
    expect(names.some((name) => name.startsWith('DeepSeek tested Hygon'))).toBe(true);
    for (const name of names) expect(name).not.toMatch(LONE_SURROGATE);
  }
  // An unanswered question of 300 emoji after an odd number of letters is kept cut to 500 units,
  // whole characters only, and shown so.
  await harness.current.fake.waitForResponse(
    await harness.current.fake.slashCommand({ name: 'ask', options: { question: `Who's the CEO? ${'😀'.repeat(300)}` }, userId: '800000000000000999' }),
  );
  const kept = await waitUntil(
    async () => (await harness.current.runtime.store.topUnanswered(50)).find((gap) => gap.example.startsWith("Who's the CEO?")),
    'the gap recorded',
  );
  expect(kept.example.length).toBeLessThanOrEqual(500);
  expect(kept.example).not.toMatch(LONE_SURROGATE);
  const gaps = replyText(
    await harness.current.fake.waitForResponse(await harness.current.fake.slashCommand({ name: 'fact', subcommand: 'gaps', ...moderator })),
  );
  expect(gaps).toMatch(/CEO/);
  expect(gaps).not.toMatch(LONE_SURROGATE);
});
