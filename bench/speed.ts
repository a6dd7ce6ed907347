/**
 * Section 2: speed, memory and recall as the knowledge base grows, Isnad beside the naive
 * fuse.js build. Each engine × size is measured in a fresh child process (speed-worker.ts).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { QUESTION_KINDS } from './questions';
import { type Check, checkNote, progress, type Section } from './section';
import type { EngineName, QuestionTiming, SpeedJob, SpeedResult } from './speed-worker';
import { median, percentile, round } from './stats';
import { formatTable } from './table';
import { FUSE_EARLIER, HEAP_TARGET_MB, P99_TARGET_MS, RECALL_TARGET } from './targets';

const ROOT = path.resolve(__dirname, '..');

/** Runs one job in a child node with a collectable heap and the TypeScript loader. */
function runWorker(job: SpeedJob): Promise<SpeedResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'speed-worker.ts'), [JSON.stringify(job)], {
      cwd: ROOT,
      execArgv: ['--expose-gc', '--import', 'tsx'],
      // The child's stdout joins our stderr: stdout is kept for the report alone.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    let result: SpeedResult | undefined;
    child.on('message', (message) => (result = message as SpeedResult));
    child.on('error', reject);
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`bench worker for ${job.engine} at ${job.facts} facts exited with ${code}`)),
    );
  });
}

function summarize(timings: QuestionTiming[]) {
  const ms = timings.map((timing) => timing.ms);
  return {
    p50_ms: round(median(ms), 3),
    p99_ms: round(percentile(ms, 0.99), 3),
    recall: round(timings.filter((timing) => timing.found).length / timings.length, 4),
    questions: timings.length,
  };
}

export interface SpeedRow extends ReturnType<typeof summarize> {
  engine: EngineName;
  facts: number;
  build_ms: number;
  heap_mb: number;
  index_mb: number;
  /** True when a budget stopped the engine before every planted question. */
  sampled: boolean;
  /** fuse p50 ÷ Isnad p50 on the very questions fuse answered; null on Isnad's rows. */
  ratio_p50: number | null;
  by_kind: ({ kind: string } & ReturnType<typeof summarize>)[];
}

function toRow(engine: EngineName, facts: number, result: SpeedResult, planted: number, ratio: number | null): SpeedRow {
  return {
    engine,
    facts,
    build_ms: round(result.buildMs, 1),
    heap_mb: round(result.heapMb, 1),
    index_mb: round(result.indexMb, 1),
    ...summarize(result.timings),
    sampled: result.timings.length < planted,
    ratio_p50: ratio === null ? null : round(ratio, 0),
    by_kind: QUESTION_KINDS.flatMap((kind) => {
      const ofKind = result.timings.filter((timing) => timing.kind === kind);
      return ofKind.length > 0 ? [{ kind, ...summarize(ofKind) }] : [];
    }),
  };
}

/** The targets that apply to an Isnad row. */
function checks(row: SpeedRow): Check[] {
  const check = (metric: string, unit: string, limit: number, atMost: boolean, value: number): Check => ({
    what: `Isnad ${metric} at ${row.facts.toLocaleString('en-US')} facts`,
    metric,
    unit,
    limit,
    atMost,
    value,
  });
  const found = [check('recall@10', '', RECALL_TARGET, false, row.recall)];
  const p99 = P99_TARGET_MS.get(row.facts);
  if (p99 !== undefined) found.push(check('p99', 'ms', p99, true, row.p99_ms));
  const heap = HEAP_TARGET_MB.get(row.facts);
  if (heap !== undefined) found.push(check('heap', 'MB', heap, true, row.heap_mb));
  return found;
}

/** What a fuse row is compared with: the earlier measurement, and what was sampled. */
function fuseNote(row: SpeedRow): string {
  const earlier = FUSE_EARLIER.get(row.facts);
  const parts = earlier ? [`earlier: p50 ${earlier.p50} ms${earlier.p99 ? `, p99 ${earlier.p99} ms` : ''}`] : [];
  if (row.sampled) parts.push(`sample: ${row.by_kind.map((kind) => `${kind.questions} ${kind.kind}`).join(', ')}`);
  return parts.join('; ');
}

export const speed: Section = {
  name: 'speed',
  title: 'Speed and memory as the knowledge base grows (synthetic bilingual facts)',
  async run(options) {
    const rows: SpeedRow[] = [];
    for (const facts of options.sizes) {
      const job = { facts, questions: options.questions, seed: options.seed };
      progress(`speed: isnad at ${facts} facts`);
      const isnad = await runWorker({ ...job, engine: 'isnad', budget: null });
      progress(`speed: fuse at ${facts} facts (at most ${options.fuseQuestions} questions or ${options.fuseSeconds} s)`);
      const fuse = await runWorker({ ...job, engine: 'fuse', budget: { questions: options.fuseQuestions, seconds: options.fuseSeconds } });
      const sameQuestions = isnad.timings.slice(0, fuse.timings.length).map((timing) => timing.ms);
      const ratio = median(fuse.timings.map((timing) => timing.ms)) / median(sameQuestions);
      rows.push(toRow('isnad', facts, isnad, options.questions, null), toRow('fuse', facts, fuse, options.questions, ratio));
    }
    const main = formatTable(
      ['engine', 'facts', 'build ms', 'heap MB', 'index MB', 'p50 ms', 'p99 ms', 'recall@10', 'questions', 'fuse/isnad p50', 'targets / notes'],
      rows.map((r) => [
        r.engine,
        r.facts,
        r.build_ms,
        r.heap_mb,
        r.index_mb,
        r.p50_ms,
        r.p99_ms,
        r.recall,
        r.questions,
        r.ratio_p50 === null ? null : `${r.ratio_p50}×`,
        r.engine === 'isnad' ? checks(r).map(checkNote).join(', ') : fuseNote(r),
      ]),
    );
    const byKind = formatTable(
      ['facts', ...QUESTION_KINDS.map((kind) => `${kind} p50/p99 ms, recall`)],
      rows
        .filter((r) => r.engine === 'isnad')
        .map((r) => [r.facts, ...r.by_kind.map((kind) => `${kind.p50_ms}/${kind.p99_ms}, ${kind.recall}`)]),
    );
    const notes = [
      `heap MB: heap used after a forced GC, once built (engine + facts); index MB: what building added.`,
      `recall@10: share of questions whose planted fact is among the first 10 results (Isnad: its ranker's list, via suggest()).`,
      `fuse is time-boxed at ${options.fuseQuestions} questions or ${options.fuseSeconds} s per size; its ratio compares medians on the same questions,`,
      `and the p99 of a sample this small is close to its maximum.`,
    ];
    return {
      json: { speed: rows },
      text: `${main}\n\n${notes.join('\n')}\n\nIsnad by question kind\n${byKind}`,
      checks: rows.filter((r) => r.engine === 'isnad').flatMap(checks),
    };
  },
};
