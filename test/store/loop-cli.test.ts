/** The moderators' loop from the command line (`gaps`, `alias`, `dismiss`, `stats --png`), run for real against each backend. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { CHART_SIZE } from '../../src/stats/chart';
import { statsText } from '../../src/stats/usage';
import { Store } from '../../src/store/store';
import { eachBackend, freshDatabase, type TestDatabase } from './backends';
import { factsCli as facts, tempFolder } from './helpers';

const folder = tempFolder();

async function withStore<T>(database: TestDatabase, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(database.location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

eachBackend('the moderators loop on the command line', (backend) => {
  const database = freshDatabase(backend, 'all');

  test('gaps lists a question asked three ways once, with its key; alias KEY answers it and closes it; dismiss KEY hides another', async () => {
    const factId = await withStore(database.current, async (store) => {
      for (const question of ["Who is DeepSeek's CEO?", 'who is the ceo of deepseek', 'WHO IS DEEPSEEKS CEO']) await store.recordUnanswered(question, 'en');
      await store.recordUnanswered('What is the DeepSeek logo colour?', 'en');
      return (await store.listFacts())[0].id;
    });
    const listed = facts(database.current, 'gaps');
    expect(listed.status).toBe(0);
    const ceo = listed.stdout.split('\n').filter((line) => /ceo/i.test(line) && !line.includes('also:'));
    expect(ceo).toHaveLength(1);
    const [key, count] = ceo[0].split(/\s+/);
    expect(count).toBe('3×');
    expect(listed.stdout).toMatch(/also: .*ceo/i);

    const aliased = facts(database.current, 'alias', factId, key, '--by', 'mona');
    expect(aliased.status).toBe(0);
    expect(aliased.stdout).toMatch(new RegExp(`is now a way to ask ${factId}; gap ${key} \\(asked 3×\\) is closed`));
    const logoKey = facts(database.current, 'gaps')
      .stdout.split('\n')
      .find((line) => line.includes('logo'))
      ?.split(/\s+/)[0] as string;
    expect(facts(database.current, 'dismiss', logoKey).status).toBe(0);

    expect(facts(database.current, 'gaps').stdout).toMatch(/^0 open gaps/m);
    const closed = facts(database.current, 'gaps', '--closed').stdout;
    expect(closed).toMatch(new RegExp(`answered with ${factId} by mona .*CEO`, 'i'));
    expect(closed).toMatch(/dismissed by \S+\s+1×\s+What is the DeepSeek logo colour\?/);
    expect(facts(database.current, 'history', factId).stdout).toMatch(/edit by mona — answers an unanswered question, asked 3 times/);
  });

  test('alias with a question of its own adds it to the fact; an unknown fact is refused', () => {
    const id = facts(database.current, 'list').stdout.split('  ')[0];
    expect(facts(database.current, 'alias', id, 'how big is the ascend cluster').status).toBe(0);
    expect(facts(database.current, 'show', id).stdout).toMatch(/aliases: .*how big is the ascend cluster/);
    const refused = facts(database.current, 'alias', 'no-such-fact', 'anything');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/no-such-fact/);
  });

  test("the operator sees every server's gaps and counts", async () => {
    await withStore(database.current, async (store) => {
      await store.recordUnanswered('Is DeepSeek hiring in Cairo?', 'en', '100000000000000001');
      await store.recordUnanswered('هل توظف ديب سيك في عمّان؟', 'ar', '100000000000000002');
      await store.recordAnswer(null, '100000000000000001');
      await store.recordAnswer(null, '100000000000000002');
    });
    const gaps = facts(database.current, 'gaps').stdout;
    expect(gaps).toMatch(/Cairo/);
    expect(gaps).toMatch(/عمّان/);
    expect(facts(database.current, 'stats').stdout).toMatch(/Questions: \d+ \(\d+ answered, [2-9]\d* not answered\)/);
  });

  test('stats prints the figures the store holds and --png writes the chart', async () => {
    const expected = await withStore(database.current, async (store) => {
      const [a, b] = await store.listFacts();
      for (const factId of [a.id, a.id, b.id, null]) await store.recordAnswer(factId);
      await store.recordFeedback(b.id, 'user-a', false, 'why Huawei?');
      return statsText(await store.usageStats(30), 'ar');
    });
    const file = path.join(folder, `stats-${backend.name}.png`);
    const printed = facts(database.current, 'stats', '--png', file, '--lang', 'ar');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain(expected);
    const png = PNG.sync.read(readFileSync(file));
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    expect(facts(database.current, 'stats', '--days', '0').stderr).toMatch(/--days must be a whole number/);
  });
});
