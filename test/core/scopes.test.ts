import { Isnad } from '../../src/core/engine';
import { loadKnowledgeBase } from '../../src/core/knowledge/load';
import type { Fact } from '../../src/core/types';

const moore: Fact = {
  id: 'moore-threads-a',
  en: 'DeepSeek evaluated Moore Threads graphics cards for batch translation.',
  ar: 'قيّمت ديب سيك بطاقات مور ثريدز الرسومية للترجمة الدفعية.',
  sourceId: 'report',
  paragraph: 4,
  aliases: [],
};
const topOf = (engine: Isnad, question: string, guildId?: string) => {
  const answer = engine.ask(question, guildId === undefined ? {} : { guildId });
  return answer.answered ? answer.facts[0].fact.id : null;
};

describe('one index, a view per server', () => {
  test("a server's own fact is answered in that server only, not in another nor in a direct message", () => {
    const engine = new Isnad(loadKnowledgeBase());
    engine.setFact(moore, 'guild-a');
    expect(topOf(engine, 'Moore Threads translation', 'guild-a')).toBe(moore.id);
    expect(topOf(engine, 'Moore Threads translation', 'guild-b')).toBeNull();
    expect(topOf(engine, 'Moore Threads translation')).toBeNull();
    expect(engine.isVisible(moore.id, { guildId: 'guild-b' })).toBe(false);
  });

  test('a shared fact hidden by one server is gone there, still answered elsewhere, and back once shown again', () => {
    const engine = new Isnad(loadKnowledgeBase());
    const question = 'what does DeepSeek use for R2';
    const shared = topOf(engine, question, 'guild-a');
    expect(shared).not.toBeNull();
    engine.setHidden(shared as string, 'guild-a', true);
    expect(engine.ask(question, { guildId: 'guild-a' }).facts.map(({ fact }) => fact.id)).not.toContain(shared);
    expect(engine.isVisible(shared as string, { guildId: 'guild-a' })).toBe(false);
    expect(topOf(engine, question, 'guild-b')).toBe(shared);
    expect(topOf(engine, question)).toBe(shared);
    engine.setHidden(shared as string, 'guild-a', false);
    expect(topOf(engine, question, 'guild-a')).toBe(shared);
  });

  test("a fact moved from a server's own to shared is answered everywhere", () => {
    const engine = new Isnad(loadKnowledgeBase());
    engine.setFact(moore, 'guild-a');
    engine.setFact(moore, null);
    for (const guildId of ['guild-a', 'guild-b', undefined]) {
      expect(topOf(engine, 'Moore Threads translation', guildId)).toBe(moore.id);
      expect(engine.isVisible(moore.id, { guildId })).toBe(true);
    }
  });
});
