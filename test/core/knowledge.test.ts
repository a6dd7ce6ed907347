import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATA_DIR, KnowledgeFileError, loadKnowledgeBase } from '../../src/core/knowledge/load';
import { validateFact } from '../../src/core/knowledge/validate';

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
      const facts = JSON.parse(text);
      facts[3].ar = 'written in English';
      facts[5].paragraph = 42;
      return JSON.stringify(facts);
    });
    expect(error.message).toMatch(/facts\.json is not valid/);
    expect(error.message).toMatch(/"[a-z0-9-]+": ar: must be written in Arabic/);
    expect(error.message).toMatch(/paragraph: ¶42 is not in "report"/);
  });

  test('a duplicate fact id and a spelling claimed by two lexicon entries are refused', () => {
    expect(loadWith('facts.json', (text) => {
      const facts = JSON.parse(text);
      facts[1].id = facts[0].id;
      return JSON.stringify(facts);
    }).message).toMatch(/id: is used by another fact/);
    expect(loadWith('lexicon.json', (text) => {
      const lexicon = JSON.parse(text);
      lexicon.names[1].forms.push(lexicon.names[0].forms[0]);
      return JSON.stringify(lexicon);
    }).message).toMatch(/is already a form of/);
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
