/**
 * Scores a question set in the format of the shared eval README: per kind, the share of
 * answerable questions answered right (expected words in the top fact, an allowed ¶, the asker's
 * language), the share answered with a wrong fact, the share of out-of-scope questions declined,
 * and — when a retriever is given — retrieval alone (the right fact ranked first; among the first
 * three), whatever the decision to answer made of it. The benchmark scores the naive fuse.js
 * build with the same code.
 *
 * Two extensions, used by the readers' sets (test/eval/README.md): `parts` (a message holding
 * several questions, answered in order) and `summary` (a request for a summary of the report).
 */
import path from 'node:path';
import { readJsonLines } from '../core/json-lines';
import type { Answer, Fact } from '../core/types';

/** What one question of a message expects: a fact with these words and ¶, or an abstention. */
export interface Expectation {
  expect: string[][];
  cite: number[];
  abstain: boolean;
}

export interface EvalCase extends Expectation {
  /** 1-based line in the file, for error messages and misses. */
  line: number;
  question: string;
  lang: 'ar' | 'en';
  kind: string;
  /** Several questions in one message, answered in order; null for a single question. */
  parts: Expectation[] | null;
  /** A request for a summary: the reply must be one, its facts holding every `expect` group. */
  summary: boolean;
}

export interface KindScore {
  kind: string;
  answerable: number;
  answeredRight: number;
  /** Answerable cases answered with a wrong fact: the confident mistakes. */
  answeredWrong: number;
  abstainCases: number;
  abstainedRight: number;
  /** Cases whose ranking alone is judged (answerable, not summaries). */
  retrievable: number;
  /** …whose right fact the ranking put first, or among the first three (every part's). */
  rankedFirst: number;
  rankedTop3: number;
}

export interface Miss {
  case: EvalCase;
  why: string;
}

export interface EvalReport {
  kinds: KindScore[];
  overall: KindScore;
  misses: Miss[];
  /** Whether the retrieval columns were measured. */
  retrieval: boolean;
}

/** Where the question sets live. */
export const EVAL_DIR = path.resolve(__dirname, '../../test/eval');
/**
 * The readers' sets, each written by people who read only the report, each split into
 * `NAME.dev.jsonl` (tuned on) and `NAME.test.jsonl` (held out for judging); the later ones also
 * into `NAME.val.jsonl`: a change tuned on the dev halves is checked on it before it lands, without
 * its misses ever being read, so a rule that only fits the dev questions shows before the test half
 * is scored.
 */
const READER_SETS: Record<string, readonly string[]> = {
  readers: ['dev', 'test'],
  readers2: ['dev', 'test'],
  readers3: ['dev', 'test'],
  readers4: ['dev', 'test'],
  readers5: ['dev', 'val', 'test'],
  readers6: ['dev', 'val', 'test'],
  readers7: ['dev', 'val', 'test'],
  readers8: ['dev', 'val', 'test'],
  readers9: ['dev', 'val', 'test'],
  readers11: ['dev', 'val', 'test'],
  readers13: ['dev', 'val', 'test'],
  readers15: ['dev', 'val', 'test'],
  readers17: ['dev', 'val', 'test'],
  readers19: ['dev', 'val', 'test'],
  readers21: ['dev', 'val', 'test'],
  readers25: ['dev', 'val', 'test'],
  readers27: ['dev', 'val', 'test'],
  readers30: ['dev', 'val', 'test'],
  readers32: ['dev', 'val', 'test'],
  readers36: ['dev', 'val', 'test'],
  readers39: ['dev', 'val', 'test'],
  readers42: ['dev', 'val', 'test'],
  readers45: ['dev', 'val', 'test'],
  readers47: ['dev', 'val', 'test'],
  readers49: ['dev', 'val', 'test'],
  readers51: ['dev', 'val', 'test'],
  readers52: ['dev', 'val', 'test'],
  readers53: ['dev', 'val', 'test'],
  readers54: ['dev', 'val', 'test'],
  readers55: ['dev', 'val', 'test'],
  readers56: ['dev', 'val', 'test'],
  readers57: ['dev', 'val', 'test'],
  readers58: ['dev', 'val', 'test'],
  readers60: ['dev', 'val', 'test'],
  readers62: ['dev', 'val', 'test'],
  readers65: ['dev', 'val', 'test'],
  readers68: ['dev', 'val', 'test'],
  readers70: ['dev', 'val', 'test'],
  readers72: ['dev', 'val', 'test'],
  readers74: ['dev', 'val', 'test'],
  // Written mid-round to tune on questions nobody had fitted yet; they have no held-out part.
  readers10: ['dev'],
  readers12: ['dev'],
  readers14: ['dev'],
  readers16: ['dev'],
  readers20: ['dev'],
  readers22: ['dev'],
  readers23: ['dev'],
  readers24: ['dev'],
  readers26: ['dev'],
  readers28: ['dev'],
  readers29: ['dev'],
  readers31: ['dev'],
  readers33: ['dev'],
  readers34: ['dev'],
  readers35: ['dev'],
  readers37: ['dev'],
  readers38: ['dev'],
  readers40: ['dev'],
  readers41: ['dev'],
  readers43: ['dev'],
  readers44: ['dev'],
  readers46: ['dev'],
  readers48: ['dev'],
  readers50: ['dev'],
  readers59: ['dev'],
  readers61: ['dev'],
  readers63: ['dev'],
  readers64: ['dev'],
  readers66: ['dev'],
  readers67: ['dev'],
  readers69: ['dev'],
  readers71: ['dev'],
  readers73: ['dev'],
  readers75: ['dev'],
};
/** The halves of the readers' sets that may be tuned and fitted on. */
export const DEV_SETS = Object.keys(READER_SETS).map((name) => path.join(EVAL_DIR, `${name}.dev.jsonl`));
/** The project's own set, then every part of each readers' set. */
export const ALL_SETS = [
  path.join(EVAL_DIR, 'isnad.jsonl'),
  ...Object.entries(READER_SETS).flatMap(([name, parts]) => parts.map((part) => path.join(EVAL_DIR, `${name}.${part}.jsonl`))),
];

/** A set kept apart (a file named *.test.jsonl, for judging, or *.val.jsonl, for checking): its misses are never shown, nothing is fitted on it. */
export const isHeldOut = (file: string) => file.endsWith('.test.jsonl') || file.endsWith('.val.jsonl');

/** The facts the engine ranked for each question it read in a message, best first. */
export type Retriever = (question: string) => Fact[][];

/** The judge's comparison: lower case, alef forms → ا, diacritics and tatweel removed. */
export function judgeNormalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '');
}

const isTextGroups = (value: unknown): value is string[][] =>
  Array.isArray(value) && value.every((group) => Array.isArray(group) && group.every((item) => typeof item === 'string'));
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => typeof n === 'number');

/** Reads `expect`, `cite` and `abstain` of a case or a part, naming what is wrong in `problems`. */
function readExpectation(value: Record<string, unknown>, where: string, problems: string[]): Expectation {
  const abstain = value.abstain === true;
  const expect = value.expect ?? [];
  const cite = value.cite ?? [];
  if (!isTextGroups(expect)) problems.push(`${where}: expect must be a list of lists of text`);
  if (!isNumbers(cite)) problems.push(`${where}: cite must be a list of paragraph numbers`);
  else if (!abstain && cite.length === 0) problems.push(`${where}: an answerable case needs cite`);
  return { expect: isTextGroups(expect) ? expect : [], cite: isNumbers(cite) ? cite : [], abstain };
}

export function parseEvalSet(text: string, file: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  for (const entry of readJsonLines(text)) {
    const { line } = entry;
    if (entry.kind !== 'value') {
      problems.push(`line ${line}: not JSON (${entry.kind === 'not-json' ? entry.message : 'too long'})`);
      continue;
    }
    const value = entry.value as Record<string, unknown>;
    if (typeof value.question !== 'string') problems.push(`line ${line}: question must be text`);
    if (value.lang !== 'ar' && value.lang !== 'en') problems.push(`line ${line}: lang must be "ar" or "en"`);
    if (typeof value.kind !== 'string') problems.push(`line ${line}: kind must be text`);
    let parts: Expectation[] | null = null;
    if (value.parts !== undefined) {
      if (!Array.isArray(value.parts) || value.parts.length < 2 || !value.parts.every((part) => typeof part === 'object' && part !== null)) {
        problems.push(`line ${line}: parts must be a list of at least two questions`);
      } else {
        parts = (value.parts as Record<string, unknown>[]).map((part, i) => readExpectation(part, `line ${line} part ${i + 1}`, problems));
      }
    }
    const whole = parts ? { expect: [], cite: [], abstain: parts.every((part) => part.abstain) } : readExpectation(value, `line ${line}`, problems);
    cases.push({
      line,
      question: value.question as string,
      lang: value.lang as 'ar' | 'en',
      kind: value.kind as string,
      ...whole,
      parts,
      summary: value.summary === true,
    });
  }
  if (problems.length > 0) throw new Error(`${file} is not a valid question set:\n  ${problems.join('\n  ')}`);
  return cases;
}

/** Why `fact` is not the one `expected` asks for, or null when it is. */
export function factProblem(expected: Expectation, fact: Fact): string | null {
  const text = judgeNormalize(`${fact.en} ${fact.ar}`);
  const missing = expected.expect.filter((group) => !group.some((alternative) => text.includes(judgeNormalize(alternative))));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`top fact ${fact.id} lacks ${missing.map((group) => group.join('|')).join(', ')}`);
  if (fact.paragraph === null || !expected.cite.includes(fact.paragraph)) {
    problems.push(`cites ¶${fact.paragraph} (${fact.id}), expected ¶${expected.cite.join('/')}`);
  }
  return problems.length > 0 ? problems.join('; ') : null;
}

/** How one question's answer fares: right, declined when it should not be, or a wrong fact. */
type Verdict = { right: true } | { right: false; wrongFact: boolean; why: string };

const RIGHT: Verdict = { right: true };
const wrong = (why: string, wrongFact: boolean): Verdict => ({ right: false, wrongFact, why });

function judgeOne(expected: Expectation, lang: EvalCase['lang'], answer: Answer): Verdict {
  if (expected.abstain) return answer.answered ? wrong(`answered with ${answer.facts[0]?.fact.id} instead of abstaining`, true) : RIGHT;
  if (!answer.answered) return wrong('abstained', false);
  const problem = factProblem(expected, answer.facts[0].fact);
  const problems = [problem, answer.language !== lang ? `answered in ${answer.language}, expected ${lang}` : null].filter(Boolean);
  return problems.length > 0 ? wrong(problems.join('; '), problem !== null) : RIGHT;
}

function judgeSummary(evalCase: EvalCase, answer: Answer): Verdict {
  if (!answer.summary) return answer.answered ? wrong(`answered with ${answer.facts[0]?.fact.id}, not a summary`, true) : wrong('abstained', false);
  const text = judgeNormalize(answer.facts.map(({ fact }) => `${fact.en} ${fact.ar}`).join(' '));
  const missing = evalCase.expect.filter((group) => !group.some((alternative) => text.includes(judgeNormalize(alternative))));
  const stray = answer.facts.filter(({ fact }) => fact.paragraph === null || !evalCase.cite.includes(fact.paragraph));
  const problems = [
    missing.length > 0 ? `summary lacks ${missing.map((group) => group.join('|')).join(', ')}` : null,
    stray.length > 0 ? `summary cites ${stray.map(({ fact }) => `¶${fact.paragraph} (${fact.id})`).join(', ')}` : null,
    answer.language !== evalCase.lang ? `answered in ${answer.language}, expected ${evalCase.lang}` : null,
  ].filter(Boolean);
  return problems.length > 0 ? wrong(problems.join('; '), missing.length + stray.length > 0) : RIGHT;
}

/** The answers a reply gives, one per question it read in the message. */
function answersOf(answer: Answer): Answer[] {
  return answer.parts && answer.parts.length > 0 ? answer.parts : [answer];
}

function judgeCase(evalCase: EvalCase, answer: Answer): Verdict {
  if (evalCase.summary) return judgeSummary(evalCase, answer);
  const given = answersOf(answer);
  if (!evalCase.parts) {
    if (evalCase.abstain) return judgeOne(evalCase, evalCase.lang, answer);
    if (given.length > 1)
      return wrong(
        `read ${given.length} questions in one`,
        given.some((part) => part.answered),
      );
    return judgeOne(evalCase, evalCase.lang, answer);
  }
  // One answer whose fact answers every question asked ("which processor was it? and will they go on with it?",
  // both told by the fact that the Ascend plan may be shelved) is right: the engine gives one fact once.
  const oneAnswersAll = given.length === 1 && evalCase.parts.every((part) => !part.abstain && judgeOne(part, evalCase.lang, given[0]).right);
  if (oneAnswersAll) return RIGHT;
  if (given.length !== evalCase.parts.length) {
    return wrong(
      `read ${given.length} question(s), expected ${evalCase.parts.length}`,
      given.some((part) => part.answered),
    );
  }
  const verdicts = evalCase.parts.map((part, i) => judgeOne(part, evalCase.lang, given[i]));
  const failures = verdicts.flatMap((verdict, i) => (verdict.right ? [] : [{ ...verdict, part: i + 1 }]));
  if (failures.length === 0) return RIGHT;
  return wrong(
    failures.map((failure) => `part ${failure.part}: ${failure.why}`).join('; '),
    failures.some((failure) => failure.wrongFact),
  );
}

/** Why `answer` is wrong for `evalCase`, or null when it is right. */
export function judge(evalCase: EvalCase, answer: Answer): string | null {
  const verdict = judgeCase(evalCase, answer);
  return verdict.right ? null : verdict.why;
}

/** Where the right fact of every answerable question stands in the ranking: 0 first, -1 absent. */
function rankOfRight(evalCase: EvalCase, ranked: Fact[][]): number {
  const questions = evalCase.parts ?? [evalCase];
  if (ranked.length !== questions.length) return -1;
  let worst = 0;
  for (const [i, question] of questions.entries()) {
    if (question.abstain) continue;
    const position = ranked[i].findIndex((fact) => factProblem(question, fact) === null);
    if (position < 0) return -1;
    worst = Math.max(worst, position);
  }
  return worst;
}

function emptyScore(kind: string): KindScore {
  return { kind, answerable: 0, answeredRight: 0, answeredWrong: 0, abstainCases: 0, abstainedRight: 0, retrievable: 0, rankedFirst: 0, rankedTop3: 0 };
}

export function evaluate(cases: EvalCase[], ask: (question: string) => Answer, retrieve?: Retriever): EvalReport {
  const byKind = new Map<string, KindScore>();
  const overall = emptyScore('overall');
  const misses: Miss[] = [];
  for (const evalCase of cases) {
    const verdict = judgeCase(evalCase, ask(evalCase.question));
    if (!verdict.right) misses.push({ case: evalCase, why: verdict.why });
    const kind = byKind.get(evalCase.kind) ?? emptyScore(evalCase.kind);
    byKind.set(evalCase.kind, kind);
    const rank = retrieve && !evalCase.abstain && !evalCase.summary ? rankOfRight(evalCase, retrieve(evalCase.question)) : null;
    for (const score of [kind, overall]) {
      if (evalCase.abstain) {
        score.abstainCases += 1;
        if (verdict.right) score.abstainedRight += 1;
      } else {
        score.answerable += 1;
        if (verdict.right) score.answeredRight += 1;
        else if (verdict.wrongFact) score.answeredWrong += 1;
      }
      if (rank !== null) {
        score.retrievable += 1;
        if (rank === 0) score.rankedFirst += 1;
        if (rank >= 0 && rank < 3) score.rankedTop3 += 1;
      }
    }
  }
  const kinds = [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  return { kinds, overall, misses, retrieval: retrieve !== undefined };
}

/** A rate as a fraction, or null when the kind has no such cases. */
export function answerRate(score: KindScore): number | null {
  return score.answerable === 0 ? null : score.answeredRight / score.answerable;
}

export function abstainRate(score: KindScore): number | null {
  return score.abstainCases === 0 ? null : score.abstainedRight / score.abstainCases;
}

/** Confident mistakes as a share of the answerable cases. */
export function wrongRate(score: KindScore): number | null {
  return score.answerable === 0 ? null : score.answeredWrong / score.answerable;
}

/** The share of all of a kind's cases that came out right, whichever way. */
export function kindRate(score: KindScore): number {
  const total = score.answerable + score.abstainCases;
  return total === 0 ? 1 : (score.answeredRight + score.abstainedRight) / total;
}

function percent(right: number, total: number): string {
  return total === 0 ? '—' : `${((right / total) * 100).toFixed(1)}% (${right}/${total})`;
}

/** Rows of cells as aligned columns under a header and a rule. */
export function formatColumns(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)].join('\n');
}

/** The per-kind table, then (unless `misses` is false) every miss. */
export function formatReport(report: EvalReport, options: { misses?: boolean } = {}): string {
  const header = ['kind', 'answered right', 'wrong answer', 'abstained right', 'all right'];
  if (report.retrieval) header.push('ranked 1st', 'in top 3');
  const rows = [...report.kinds, report.overall].map((score) => {
    const row = [
      score.kind,
      percent(score.answeredRight, score.answerable),
      percent(score.answeredWrong, score.answerable),
      percent(score.abstainedRight, score.abstainCases),
      `${(kindRate(score) * 100).toFixed(1)}%`,
    ];
    if (report.retrieval) row.push(percent(score.rankedFirst, score.retrievable), percent(score.rankedTop3, score.retrievable));
    return row;
  });
  const lines = [formatColumns(header, rows)];
  if ((options.misses ?? true) && report.misses.length > 0) {
    lines.push('', `Misses (${report.misses.length}):`);
    for (const miss of report.misses) lines.push(`  line ${miss.case.line} [${miss.case.kind}] ${JSON.stringify(miss.case.question)}: ${miss.why}`);
  }
  return lines.join('\n');
}
