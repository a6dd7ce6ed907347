import { renderText } from '../../src/core/answer/render-text';
import { Isnad } from '../../src/core/engine';
import { loadKnowledgeBase } from '../../src/core/knowledge/load';
import type { Fact } from '../../src/core/types';

const knowledge = loadKnowledgeBase();
const fresh = () => new Isnad(knowledge);
const engine = fresh();

describe('warming up', () => {
  test('warm() does the work the build defers once, and changes no answer', () => {
    const warmed = fresh();
    expect(warmed.warm()).toBeGreaterThan(0);
    expect(warmed.warm()).toBe(0);
    for (const question of ['what does DeepSeek use for R2', 'ليش ديب سيك تركت هواوي؟', '3ayez a3raf nvidia 2alet eh'])
      expect(warmed.ask(question).text).toBe(fresh().ask(question).text);
  });
});

describe('answers with citations', () => {
  test('"what does DeepSeek use for R2" answers Nvidia and cites ¶5 or ¶7', () => {
    const answer = engine.ask('what does DeepSeek use for R2');
    expect(answer.answered).toBe(true);
    expect(answer.language).toBe('en');
    expect(answer.facts[0].fact.en).toMatch(/Nvidia/);
    expect([5, 7]).toContain(answer.facts[0].citation.paragraph);
    expect(answer.text).toContain('[1]');
  });

  test('an Arabic question is answered in Arabic, with the section heading in Arabic', () => {
    const answer = engine.ask('ما الذي تستخدمه ديب سيك للنماذج الصغيرة؟');
    expect(answer.answered).toBe(true);
    expect(answer.language).toBe('ar');
    expect(answer.facts[0].fact.ar).toMatch(/هواوي/);
    expect(answer.text).toContain(answer.facts[0].fact.ar);
    expect(answer.facts[0].citation.source).toMatch(/\p{Script=Arabic}/u);
  });

  test('facts from the same paragraph share one citation, listed once under Sources', () => {
    const answer = engine.answerWith('x', 'en', ['nvidia-most-powerful-r2', 'nvidia-for-r2-llm', 'ascend-smaller-r2']);
    expect(answer.facts.map((item) => [item.citation.paragraph, item.citation.number])).toEqual([
      [7, 1],
      [5, 2],
      [7, 1],
    ]);
    expect(answer.text.match(/\[\d\]/g)).toEqual(['[1]', '[2]', '[1]']);
    const sources = renderText(answer).split('Sources:')[1].trim().split('\n');
    expect(sources.map((line) => line.slice(0, 3))).toEqual(['[1]', '[2]']);
    expect(sources[0]).toContain('¶7');
  });

  test('every citation names the outlet the report relays', () => {
    const answer = engine.ask('Is DeepSeek testing Baidu accelerators?');
    expect(answer.facts[0].citation.outlet).toBe('The Information');
    expect(answer.facts[0].citation.paragraph).toBe(4);
  });
});

describe('abstains rather than guess', () => {
  test.each([
    ["Who is DeepSeek's CEO?", 'en'],
    ["What is Nvidia's stock price?", 'en'],
    ['كم عدد موظفي بايدو؟', 'ar'],
    ['How fast is the Nvidia H100?', 'en'],
  ])('%s → the report does not say, in the asker language', (question, language) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.language).toBe(language);
    expect(answer.text).toMatch(language === 'en' ? /doesn't say/ : /لا يذكر/);
  });

  test('a near miss suggests the nearest facts', () => {
    expect(engine.ask("What is Nvidia's stock price?").facts.length).toBeGreaterThan(0);
  });

  test.each(['???', 'asdf', '', '   ', 'ok'])('noise %p abstains', (question) => {
    expect(engine.ask(question).answered).toBe(false);
  });
});

describe('live changes to the index', () => {
  const moore: Fact = {
    id: 'moore-threads-test',
    en: 'DeepSeek evaluated Moore Threads graphics cards for batch translation.',
    ar: 'قيّمت ديب سيك بطاقات مور ثريدز الرسومية للترجمة الدفعية.',
    sourceId: 'report',
    paragraph: 4,
    aliases: [],
  };

  /** An engine that reads its facts back from a store (a map here), told of each change after the store made it. */
  function readingFromStore() {
    const stored = new Map(knowledge.facts.map((fact) => [fact.id, fact]));
    const engine = new Isnad({ ...knowledge, facts: stored.values(), contents: stored });
    return {
      stored,
      engine,
      setFact: (fact: Fact) => engine.setFact(stored.set(fact.id, fact).get(fact.id) as Fact),
      removeFact: (id: string) => stored.delete(id) && engine.removeFact(id),
    };
  }

  function keepingItsFacts() {
    const engine = fresh();
    return { engine, setFact: (fact: Fact) => engine.setFact(fact), removeFact: (id: string) => engine.removeFact(id) };
  }

  test.each([
    ['keeping its facts', keepingItsFacts],
    ['reading its facts back from a store', readingFromStore],
  ])('a fact added is answered on the next question, an edit changes the answer, a removal stops it (an engine %s)', (_, make) => {
    const live = make();
    const ask = (question: string) => live.engine.ask(question);
    expect(ask('Moore Threads translation').answered).toBe(false);
    live.setFact(moore);
    expect(ask('Moore Threads translation').facts[0].fact.id).toBe(moore.id);
    live.setFact({ ...moore, en: 'DeepSeek evaluated Moore Threads graphics cards for speech synthesis.' });
    expect(ask('Moore Threads speech synthesis').facts[0].fact.en).toMatch(/speech synthesis/);
    expect(ask('Moore Threads translation').facts[0]?.fact.en ?? '').not.toMatch(/translation/);
    live.removeFact(moore.id);
    expect(ask('Moore Threads speech synthesis').answered).toBe(false);
  });

  test('an engine reading its facts back shows the text stored now, and leaves out a fact the store no longer has before it is told', () => {
    const { stored, engine: reading, setFact } = readingFromStore();
    const question = 'what does DeepSeek use for R2';
    const best = reading.ask(question).facts[0].fact;
    stored.set(best.id, { ...best, en: `${best.en} (edited)` });
    expect(reading.ask(question).facts[0].fact.en).toBe(`${best.en} (edited)`);
    setFact(moore);
    expect(reading.ask('Moore Threads translation').facts[0].fact.id).toBe(moore.id);
    stored.delete(moore.id);
    const after = reading.ask('Moore Threads translation');
    expect(after.answered).toBe(false);
    expect(after.facts.map((item) => item.fact.id)).not.toContain(moore.id);
    expect(reading.facts().map((fact) => fact.id)).not.toContain(moore.id);
  });

  test('answerWith shows chosen facts in the other language, skipping removed ones', () => {
    const answer = engine.answerWith('x', 'ar', ['nvidia-for-r2-llm', 'no-such-fact']);
    expect(answer.answered).toBe(true);
    expect(answer.facts.map((item) => item.fact.id)).toEqual(['nvidia-for-r2-llm']);
    expect(answer.text).toMatch(/\p{Script=Arabic}/u);
  });

  test('suggest completes a partial last word, in either language', () => {
    expect(engine.suggest('huawei engin').map((s) => s.fact.id)).toContain('huawei-engineers-sent');
    const arabic = engine.suggest('مسرعات باي');
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic[0].language).toBe('ar');
  });
});

describe('a Latin word the facts hold is no sign of Arabizi', () => {
  // "kitab" spells an Arabic word of the facts (كتاب), but the facts hold it in Latin too: an English
  // question using it stays English, or its other words would be read as Arabic letters and missed.
  const small = new Isnad({
    ...knowledge,
    facts: [
      {
        id: 'archive',
        en: 'The kitab archive keeps the shipping records.',
        ar: 'يحفظ أرشيف الكتاب سجلات الشحن.',
        sourceId: 'report',
        paragraph: 1,
        aliases: [],
      },
      { id: 'other', en: 'The harbour office opened late.', ar: 'فتح مكتب الميناء متأخرًا.', sourceId: 'report', paragraph: 1, aliases: [] },
    ],
  });

  test('an English question with a misspelt word beside it stays English (its words are not read as Arabic letters) and finds its fact', () => {
    expect(small.retrieve('kitab archiv shiping records', 1)[0][0]?.id).toBe('archive');
    expect(small.trace('kitab archiv shiping records')[0].question.standard).toMatch(/^kitab /);
  });
});

describe('misspelt Arabic words', () => {
  const fact = (id: string, ar: string): Fact => ({ id, en: `Fact ${id}.`, ar, sourceId: 'report', paragraph: 1, aliases: [] });
  const small = new Isnad({
    ...knowledge,
    facts: [
      fact('deal', 'وقعت الشركة صفقة كبيرة.'),
      fact('sales', 'نمت المبيعات في السوق.'),
      fact('near', 'عرضت مدايج نتائجها.'),
      fact('far', 'راجعت مذاجية نتائجها.'),
      fact('importer', 'تعاقدت مع مستورد جديد.'),
      fact('office', 'نقلت مكتب الإدارة.'),
    ],
  });
  const first = (question: string) => small.retrieve(question, 1)[0][0]?.id;

  test('a slip in a word whose stem is too short to correct is caught on the word as written', () => {
    // الشركة → الشكرة: the stem شكر is three letters, the word six.
    expect(first('الشكرة')).toBe('deal');
  });

  test('a slip in the article is caught too', () => {
    expect(first('املبيعات')).toBe('sales');
  });

  test('the closer of the two readings wins: the word as written over its mangled stem', () => {
    // مذاجية → مذايجة: its stem مذايج is a letter from مدايج, the word a swap from مذاجية.
    expect(first('مذايجة')).toBe('far');
  });

  test('a five-letter word with a letter dropped is caught, but it is not taken for a shorter word', () => {
    // مستورد → مسورد: a letter dropped while typing.
    expect(first('مسورد')).toBe('importer');
    // مكتوب is not a slip for مكتب: a different word of the same root.
    expect(small.retrieve('مكتوب', 1)).toEqual([[]]);
    expect(first('مكتب')).toBe('office');
  });
});
