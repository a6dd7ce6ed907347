/**
 * Shipping new seed files updates the facts nobody touched and adds new ones, while what
 * moderators edited or removed stays as they left it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from '../../src/core/knowledge/load';
import type { Fact, Source } from '../../src/core/types';
import { Store } from '../../src/store/store';
import { eachBackend, freshDatabase } from './backends';
import { copyOfData, MODERATOR, tempFolder } from './helpers';

const dataDir = copyOfData(tempFolder());
const seedFiles = Object.fromEntries([DATA_FILES.facts, DATA_FILES.sources].map((name) => [name, readFileSync(path.join(dataDir, name), 'utf8')]));

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'));
}

function writeJson(name: string, value: unknown): void {
  writeFileSync(path.join(dataDir, name), JSON.stringify(value, null, 2));
}

eachBackend('re-seeding', (backend) => {
  const database = freshDatabase(backend);
  // Every backend starts from the seed files as shipped.
  beforeEach(() => {
    for (const [name, text] of Object.entries(seedFiles)) writeFileSync(path.join(dataDir, name), text);
  });

  test('takes new seed content only where no moderator has been', async () => {
    const [edited, removed, untouched] = readJson(DATA_FILES.facts) as Fact[];
    let store = await Store.open(database.current.location, { dataDir });
    await store.editFact(edited.id, { en: 'A moderator corrected this sentence about DeepSeek.' }, MODERATOR, 'typo');
    await store.removeFact(removed.id, MODERATOR, 'duplicate');
    await store.close();

    const seedFacts = (readJson(DATA_FILES.facts) as Fact[]).map((fact) =>
      [edited.id, removed.id, untouched.id].includes(fact.id) ? { ...fact, en: `${fact.en} (seed v2)` } : fact,
    );
    const newFact: Fact = {
      id: 'seed-v2-new-fact',
      en: 'The second seed release adds this fact about Huawei.',
      ar: 'يضيف الإصدار الثاني من البيانات هذه الحقيقة عن هواوي.',
      sourceId: 'report',
      paragraph: 2,
      aliases: [],
    };
    writeJson(DATA_FILES.facts, [...seedFacts, newFact]);
    const report = readJson(DATA_FILES.sources) as Source;
    writeJson(DATA_FILES.sources, { ...report, title: { ...report.title, en: `${report.title.en} (updated)` } });

    store = await Store.open(database.current.location, { dataDir });
    try {
      expect((await store.getFact(edited.id))?.en).toBe('A moderator corrected this sentence about DeepSeek.');
      expect((await store.getFact(removed.id))?.status).toBe('removed');
      expect((await store.getFact(removed.id))?.en).toBe(removed.en);
      expect((await store.getFact(untouched.id))?.en).toBe(`${untouched.en} (seed v2)`);
      expect((await store.history(untouched.id)).at(-1)).toMatchObject({ action: 'edit', actor: { id: 'seed' } });
      expect(await store.getFact(newFact.id)).toMatchObject({ en: newFact.en, status: 'active', origin: 'seed' });
      expect((await store.getSource('report'))?.title.en).toBe(`${report.title.en} (updated)`);
    } finally {
      await store.close();
    }
  });
});
