import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATA_DIR, KnowledgeFileError, loadKnowledgeBase } from '../../src/core/knowledge/load';
import { isWebAddress } from '../../src/core/knowledge/fields';
import { MAX_PROBLEMS, ValidationError } from '../../src/core/knowledge/problems';
import { validateFact, validateLexicon, validateSource } from '../../src/core/knowledge/validate';
import type { Fact } from '../../src/core/types';

/** A copy of data/ with one file replaced, loaded; returns the error it stops with. */
function loadWith(file: string, edit: (text: string) => string): KnowledgeFileError {
  const directory = mkdtempSync(path.join(tmpdir(), 'isnad-data-'));
  try {
    cpSync(DATA_DIR, directory, { recursive: true });
    writeFileSync(path.join(directory, file), edit(readFileSync(path.join(directory, file), 'utf8')));
    loadKnowledgeBase(directory);
  } catch (error) {
    if (error instanceof KnowledgeFileError) return error;
    throw error;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  throw new Error('the malformed file was accepted');
}

describe('the seed files are validated on load', () => {
  test('the shipped data/ loads: 9 paragraphs, every fact citing one of them', () => {
    const knowledge = loadKnowledgeBase();
    const [report] = knowledge.sources;
    expect(report.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(knowledge.facts.length).toBeGreaterThanOrEqual(35);
    for (let n = 1; n <= 9; n++) expect(knowledge.facts.some((fact) => fact.paragraph === n)).toBe(true);
  });

  test('broken JSON names the file and the parser’s complaint', () => {
    const error = loadWith('facts.json', (text) => text.slice(0, -10));
    expect(error.file).toMatch(/facts\.json$/);
    expect(error.message).toMatch(/JSON: /);
  });

  test('a bad fact names the file, the fact and the field', () => {
    const error = loadWith('facts.json', (text) => {
      const facts = JSON.parse(text) as Fact[];
      facts[3].ar = 'written in English';
      facts[5].paragraph = 42;
      return JSON.stringify(facts);
    });
    expect(error.message).toMatch(/facts\.json is not valid/);
    expect(error.message).toMatch(/"[a-z0-9-]+": ar: must be written in Arabic/);
    expect(error.message).toMatch(/paragraph: ¶42 is not in "report"/);
  });

  test('a duplicate fact id and a spelling claimed by two lexicon entries are refused', () => {
    expect(
      loadWith('facts.json', (text) => {
        const facts = JSON.parse(text) as Fact[];
        facts[1].id = facts[0].id;
        return JSON.stringify(facts);
      }).message,
    ).toMatch(/id: is used by another fact/);
    expect(
      loadWith('lexicon.json', (text) => {
        const lexicon = JSON.parse(text) as { names: { forms: string[] }[] };
        lexicon.names[1].forms.push(lexicon.names[0].forms[0]);
        return JSON.stringify(lexicon);
      }).message,
    ).toMatch(/is already a form of/);
  });
});

describe('one validator for every entry point', () => {
  const sources = new Map(loadKnowledgeBase().sources.map((source) => [source.id, source]));
  const fact = { id: 'new-fact', en: 'DeepSeek tests chips.', ar: 'تختبر ديب سيك الشرائح.', sourceId: 'report', paragraph: 4, aliases: [] };

  test('accepts a good fact, trimmed', () => {
    expect(validateFact({ ...fact, en: `  ${fact.en}  ` }, sources).en).toBe(fact.en);
  });

  test('refuses control and bidi characters, over-long text and a missing language, naming each field', () => {
    expect(() => validateFact({ ...fact, en: 'DeepSeek\u202e tests' }, sources)).toThrow(/en: contains control/);
    expect(() => validateFact({ ...fact, ar: 'ش'.repeat(700) }, sources)).toThrow(/ar: is 700 characters long; the limit is 600/);
    expect(() => validateFact({ ...fact, ar: '' }, sources)).toThrow(/ar: is required/);
    expect(() => validateFact({ ...fact, sourceId: 'nowhere' }, sources)).toThrow(/sourceId: names no known source/);
  });
});

describe('limits that bound the work a fact can cause', () => {
  const sources = new Map(loadKnowledgeBase().sources.map((source) => [source.id, source]));
  const fact = { id: 'new-fact', en: 'DeepSeek tests chips.', ar: 'تختبر ديب سيك الشرائح.', sourceId: 'report', paragraph: 4, aliases: [] };
  const refusal = (raw: unknown, catalog = sources): ValidationError => {
    try {
      validateFact(raw, catalog);
    } catch (error) {
      if (error instanceof ValidationError) return error;
      throw error;
    }
    throw new Error('the fact was accepted');
  };

  test('a 590-letter word (600 would break the length limit) is refused in the text, an alias or a lexicon name, quoted short', () => {
    const word = 'x'.repeat(590);
    const inText = refusal({ ...fact, en: `DeepSeek ${word}` });
    expect(inText.message).toMatch(/en: has a word of 590 letters \("x+…"\); the limit is 40/);
    expect(inText.message.length).toBeLessThan(200);
    expect(refusal({ ...fact, aliases: [`ديب ${'س'.repeat(100)}`] }).message).toMatch(/aliases\[0\]: has a word of 100 letters/);
    const lexicon = { names: [{ id: 'deepseek', forms: ['DeepSeek', 'q'.repeat(41)] }], terms: [], contrasts: [] };
    expect(() => validateLexicon(lexicon)).toThrow(/names\[0\]\.forms\[1\]: has a word of 41 letters/);
    // 40 letters is still a word.
    expect(validateFact({ ...fact, en: `DeepSeek ${'y'.repeat(40)}` }, sources).en).toMatch(/y{40}/);
  });

  test('more than 100 words in one language is refused', () => {
    expect(refusal({ ...fact, en: 'a '.repeat(101).trim() }).message).toMatch(/en: has 101 words; the limit is 100/);
  });

  test('10,000 aliases are refused as one problem, without reading them', () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `[alias ${i}](https://phish.example) ${'z'.repeat(700)}`);
    const error = refusal({ ...fact, aliases });
    expect(error.problems).toEqual([{ record: 'new-fact', field: 'aliases', message: 'has 10000 entries; the limit is 30' }]);
  });

  test('a masked link is refused in a fact, in both languages and in aliases; a bare address is not', () => {
    for (const link of ['[the statement](https://phish.example/r2)', '[x]( <https://a.example>)', '[click](HTTP://A.EXAMPLE)']) {
      expect(refusal({ ...fact, en: `DeepSeek said so: ${link}` }).message).toMatch(/en: contains a masked link/);
    }
    expect(refusal({ ...fact, ar: 'قالت ديب سيك [هنا](https://phish.example)' }).message).toMatch(/ar: contains a masked link/);
    expect(refusal({ ...fact, aliases: ['[r2](https://phish.example)'] }).message).toMatch(/aliases\[0\]: contains a masked link/);
    expect(validateFact({ ...fact, en: 'DeepSeek [R2] tests chips, see https://example.com/r2 (the source).' }, sources).en).toMatch(/\[R2\]/);
  });

  test('a refusal names at most 30 problems and counts the rest', () => {
    const paragraphs = Array.from({ length: 400 }, () => ({ number: 0, gloss: { en: '', ar: '' } }));
    let error: unknown;
    try {
      validateSource({ id: 'big', title: { en: 'Big', ar: 'كبير' }, paragraphs });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const { problems, more, message } = error as ValidationError;
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(more).toBeGreaterThan(1000);
    expect(message).toMatch(new RegExp(`…and ${more} more problems$`));
    expect(message.split('\n')).toHaveLength(MAX_PROBLEMS + 1);
  });

  test('a refusal fitted to a message keeps whole problems and the count of those left out', () => {
    const error = new ValidationError(Array.from({ length: 45 }, (_, i) => ({ field: `aliases[${i}]`, message: 'x'.repeat(80) })));
    const fitted = error.fitted(500, (line) => line.replace(/\[/g, '\\['));
    const lines = fitted.split('\n');
    expect(fitted.length).toBeLessThanOrEqual(500);
    expect(lines.slice(0, -1).every((line) => /^aliases\\\[\d+\]: x{80}$/.test(line))).toBe(true);
    expect(lines.at(-1)).toBe(`…and ${45 - (lines.length - 1)} more problems`);
    expect(new ValidationError([{ field: 'en', message: 'is required' }]).fitted(500)).toBe('en: is required');
  });

  test('a source with 100,000 paragraphs is refused as one problem', () => {
    const paragraphs = Array.from({ length: 100_000 }, (_, i) => ({ number: i + 1, gloss: { en: 'x', ar: 'س' } }));
    expect(() => validateSource({ id: 'huge', title: { en: 'Huge', ar: 'ضخم' }, paragraphs })).toThrow(
      /^"huge": paragraphs: has 100000 entries; the limit is 500$/,
    );
  });

  test('a 2 MB id is quoted short in every problem of its record', () => {
    const id = `a${'b'.repeat(2 * 1024 * 1024)}`;
    const error = refusal({ ...fact, id, en: '' });
    expect(error.message.length).toBeLessThan(500);
    expect(error.message).toMatch(/^"ab+…": id: is 2097153 characters long; the limit is 64/);
  });
});

test('a web address is http:// or https:// and has no spaces', () => {
  expect(['https://example.com/a?b=1', 'http://127.0.0.1:8080/x'].map(isWebAddress)).toEqual([true, true]);
  expect(['ftp://example.com', 'https://', 'https://exa mple.com', 'javascript:alert(1)', 'example.com'].map(isWebAddress)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});
