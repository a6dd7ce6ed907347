/** `npm run ask -- --json`: the machine-readable answer, run for real on a temporary SQLite store. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT, tempFolder, TSX } from './helpers';

const folder = tempFolder();

function askJson(question: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DB_PATH: path.join(folder, 'ask.db') };
  delete env.DATABASE_URL;
  const result = spawnSync(TSX, ['src/cli/ask.ts', '--json', question], { cwd: PROJECT_ROOT, env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, unknown> & { parts?: Record<string, unknown>[]; facts: { id: string; citation: { paragraph: number } }[] };
}

test('two questions in one message: one object with a part per question, each with its facts and citations', () => {
  const reply = askJson('who reported this and which companies are they testing?');
  expect(reply.parts).toHaveLength(2);
  const [first, second] = reply.parts as { question: string; answered: boolean; facts: { en: string; citation: { paragraph: number } }[] }[];
  expect(first.answered && second.answered).toBe(true);
  expect(first.facts[0].en).toMatch(/The Information/);
  expect(second.facts[0].en).toMatch(/Baidu/);
  expect(second.facts[0].citation.paragraph).toBe(4);
  expect(reply.summary).toBe(false);
}, 30_000);

test('a summary request: summary true, the main point first, facts from several paragraphs', () => {
  const reply = askJson('لخص لي الخبر');
  expect(reply.summary).toBe(true);
  expect(reply.language).toBe('ar');
  expect(new Set(reply.facts.map((fact) => fact.citation.paragraph)).size).toBeGreaterThanOrEqual(3);
  expect(reply.parts).toBeUndefined();
}, 30_000);

test('a missing attribute: not answered, with why and what the report does say', () => {
  const reply = askJson('how much did DeepSeek pay for the Huawei chips?');
  expect(reply.answered).toBe(false);
  expect(reply.abstention).toBe('missing-attribute');
  expect(reply.facts.length).toBeGreaterThan(0);
}, 30_000);
