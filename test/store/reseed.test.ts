/**
 * Shipping new seed files updates the facts nobody touched and adds new ones, while what
 * moderators edited or removed stays as they left it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from '../../src/core/knowledge/load';
import type { Fact, Source } from '../../src/core/types';
import { Store } from '../../src/store/store';
import { copyOfData, MODERATOR, tempFolder } from './helpers';

const folder = tempFolder();
const dataDir = copyOfData(folder);
const dbPath = path.join(folder, 'isnad.db');

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(dataDir, name), 'utf8')) as T;
}

function writeJson(name: string, value: unknown): void {
  writeFileSync(path.join(dataDir, name), JSON.stringify(value, null, 2));
}

test('re-seeding takes new seed content only where no moderator has been', () => {
  const [edited, removed, untouched] = readJson<Fact[]>(DATA_FILES.facts);
  let store = Store.open(dbPath, { dataDir });
  store.editFact(edited.id, { en: 'A moderator corrected this sentence about DeepSeek.' }, MODERATOR, 'typo');
  store.removeFact(removed.id, MODERATOR, 'duplicate');
  store.close();

  const seedFacts = readJson<Fact[]>(DATA_FILES.facts).map((fact) =>
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
  const report = readJson<Source>(DATA_FILES.sources);
  writeJson(DATA_FILES.sources, { ...report, title: { ...report.title, en: `${report.title.en} (updated)` } });

  store = Store.open(dbPath, { dataDir });
  try {
    expect(store.getFact(edited.id)?.en).toBe('A moderator corrected this sentence about DeepSeek.');
    expect(store.getFact(removed.id)?.status).toBe('removed');
    expect(store.getFact(removed.id)?.en).toBe(removed.en);
    expect(store.getFact(untouched.id)?.en).toBe(`${untouched.en} (seed v2)`);
    expect(store.history(untouched.id).at(-1)).toMatchObject({ action: 'edit', actor: { id: 'seed' } });
    expect(store.getFact(newFact.id)).toMatchObject({ en: newFact.en, status: 'active', origin: 'seed' });
    expect(store.getSource('report')?.title.en).toBe(`${report.title.en} (updated)`);
  } finally {
    store.close();
  }
});
