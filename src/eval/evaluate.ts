/**
 * Scores a question set in the format of the shared eval README: per kind, the share of
 * answerable questions answered right (expected words in the top fact, an allowed ¶, the asker's
 * language) and the share of out-of-scope questions the bot declined. The benchmark scores the
 * naive fuse.js build with the same code.
 */
import type { Answer } from '../core/types';

export interface EvalCase {
  /** 1-based line in the file, for error messages and misses. */
  line: number;
  question: string;
  lang: 'ar' | 'en';
  kind: string;
  expect: string[][];
  cite: number[];
  abstain: boolean;
}

export interface KindScore {
  kind: string;
  answerable: number;
  answeredRight: number;
  abstainCases: number;
  abstainedRight: number;
}

export interface Miss {
  case: EvalCase;
  why: string;
}

export interface EvalReport {
  kinds: KindScore[];
  overall: KindScore;
  misses: Miss[];
}

/** The judge's comparison: lower case, alef forms → ا, diacritics and tatweel removed. */
export function judgeNormalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '');
}

export function parseEvalSet(text: string, file: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(raw) as Record<string, unknown>;
    } catch (error) {
      problems.push(`line ${line}: not JSON (${(error as Error).message})`);
      return;
    }
    const abstain = value.abstain === true;
    const expect = value.expect ?? [];
    const cite = value.cite ?? [];
    if (typeof value.question !== 'string') problems.push(`line ${line}: question must be text`);
    if (value.lang !== 'ar' && value.lang !== 'en') problems.push(`line ${line}: lang must be "ar" or "en"`);
    if (typeof value.kind !== 'string') problems.push(`line ${line}: kind must be text`);
    if (!Array.isArray(expect) || !expect.every((group) => Array.isArray(group) && group.every((item) => typeof item === 'string'))) {
      problems.push(`line ${line}: expect must be a list of lists of text`);
    }
    if (!Array.isArray(cite) || !cite.every((n) => typeof n === 'number')) problems.push(`line ${line}: cite must be a list of paragraph numbers`);
    if (!abstain && (cite as unknown[]).length === 0) problems.push(`line ${line}: an answerable case needs cite`);
    cases.push({
      line,
      question: value.question as string,
      lang: value.lang as 'ar' | 'en',
      kind: value.kind as string,
      expect: expect as string[][],
      cite: cite as number[],
      abstain,
    });
  });
  if (problems.length > 0) throw new Error(`${file} is not a valid question set:\n  ${problems.join('\n  ')}`);
  return cases;
}

/** Why `answer` is wrong for `evalCase`, or null when it is right. */
export function judge(evalCase: EvalCase, answer: Answer): string | null {
  if (evalCase.abstain) {
    return answer.answered ? `answered with ${answer.facts[0]?.fact.id} instead of abstaining` : null;
  }
  if (!answer.answered) return 'abstained';
  const top = answer.facts[0];
  const text = judgeNormalize(`${top.fact.en} ${top.fact.ar}`);
  const missing = evalCase.expect.filter((group) => !group.some((alternative) => text.includes(judgeNormalize(alternative))));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`top fact ${top.fact.id} lacks ${missing.map((group) => group.join('|')).join(', ')}`);
  if (top.fact.paragraph === null || !evalCase.cite.includes(top.fact.paragraph)) {
    problems.push(`cites ¶${top.fact.paragraph} (${top.fact.id}), expected ¶${evalCase.cite.join('/')}`);
  }
  if (answer.language !== evalCase.lang) problems.push(`answered in ${answer.language}, expected ${evalCase.lang}`);
  return problems.length > 0 ? problems.join('; ') : null;
}

function emptyScore(kind: string): KindScore {
  return { kind, answerable: 0, answeredRight: 0, abstainCases: 0, abstainedRight: 0 };
}

export function evaluate(cases: EvalCase[], ask: (question: string) => Answer): EvalReport {
  const byKind = new Map<string, KindScore>();
  const overall = emptyScore('overall');
  const misses: Miss[] = [];
  for (const evalCase of cases) {
    const why = judge(evalCase, ask(evalCase.question));
    if (why) misses.push({ case: evalCase, why });
    const kind = byKind.get(evalCase.kind) ?? emptyScore(evalCase.kind);
    byKind.set(evalCase.kind, kind);
    for (const score of [kind, overall]) {
      if (evalCase.abstain) {
        score.abstainCases += 1;
        if (!why) score.abstainedRight += 1;
      } else {
        score.answerable += 1;
        if (!why) score.answeredRight += 1;
      }
    }
  }
  return { kinds: [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind)), overall, misses };
}

/** A rate as a fraction, or null when the kind has no such cases. */
export function answerRate(score: KindScore): number | null {
  return score.answerable === 0 ? null : score.answeredRight / score.answerable;
}

export function abstainRate(score: KindScore): number | null {
  return score.abstainCases === 0 ? null : score.abstainedRight / score.abstainCases;
}

/** The share of all of a kind's cases that came out right, whichever way. */
export function kindRate(score: KindScore): number {
  const total = score.answerable + score.abstainCases;
  return total === 0 ? 1 : (score.answeredRight + score.abstainedRight) / total;
}

function percent(rate: number | null, right: number, total: number): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}% (${right}/${total})`;
}

export function formatReport(report: EvalReport): string {
  const rows = [...report.kinds, report.overall].map((score) => [
    score.kind,
    percent(answerRate(score), score.answeredRight, score.answerable),
    percent(abstainRate(score), score.abstainedRight, score.abstainCases),
  ]);
  const header = ['kind', 'answered correctly', 'abstained correctly'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  const lines = [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)];
  if (report.misses.length > 0) {
    lines.push('', `Misses (${report.misses.length}):`);
    for (const miss of report.misses) lines.push(`  line ${miss.case.line} [${miss.case.kind}] ${JSON.stringify(miss.case.question)}: ${miss.why}`);
  }
  return lines.join('\n');
}
