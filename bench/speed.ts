/**
 * Section 2: speed, memory and recall as the knowledge base grows, Isnad beside the peer
 * libraries (minisearch, flexsearch, naive fuse.js) on the same facts and questions. Each engine ×
 * size is measured in a fresh child process (speed-worker.ts).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { PEERS } from './peers';
import { QUESTION_KINDS } from './questions';
import { type Check, checkNote, progress, type Section } from './section';
import type { EngineName, QuestionTiming, SpeedJob, SpeedResult } from './speed-worker';
import { median, percentile, round } from './stats';
import { formatTable } from './table';
import { BUILD_TARGET_MS, INDEX_TARGET_MB, P99_TARGET_MS, RECALL_TARGET, RSS_TARGET_MB, TYPO_RECALL_TARGET } from './targets';

const ROOT = path.resolve(__dirname, '..');

/** Runs one job in a child node with a collectable heap and the TypeScript loader. */
function runWorker(job: SpeedJob): Promise<SpeedResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'speed-worker.ts'), [JSON.stringify(job)], {
      cwd: ROOT,
      // A million facts' corpus and questions need more than node's default heap.
      execArgv: ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx'],
      // The child's stdout joins our stderr: stdout is kept for the report alone.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    let result: SpeedResult | undefined;
    child.on('message', (message) => (result = message as SpeedResult));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`bench worker for ${job.engine} at ${job.facts} facts exited with ${code}`))));
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
  build_cpu_ms: number;
  heap_mb: number;
  array_buffers_mb: number;
  rss_mb: number;
  index_mb: number;
  /** Its first questions after it was built (as many others, answered before the planted ones): p50 and p99. */
  first_p50_ms: number;
  first_p99_ms: number;
  /** The very first question after the build: it pays for the work the build leaves to it. */
  very_first_ms: number;
  /** True when a budget stopped the engine before every planted question. */
  sampled: boolean;
  /** A peer's: Isnad's figures on the very questions the peer answered (the first of the list). */
  isnad_same_questions: ReturnType<typeof summarize> | null;
  by_kind: ({ kind: string } & ReturnType<typeof summarize>)[];
}

function byKind(timings: QuestionTiming[]) {
  return QUESTION_KINDS.flatMap((kind) => {
    const ofKind = timings.filter((timing) => timing.kind === kind);
    return ofKind.length > 0 ? [{ kind, ...summarize(ofKind) }] : [];
  });
}

const firstFigures = ({ p50_ms, p99_ms }: ReturnType<typeof summarize>) => ({ first_p50_ms: p50_ms, first_p99_ms: p99_ms });

function toRow(engine: EngineName, facts: number, result: SpeedResult, planted: number, isnad: SpeedResult | null): SpeedRow {
  return {
    engine,
    facts,
    build_ms: round(result.buildMs, 0),
    build_cpu_ms: round(result.buildCpuMs, 0),
    heap_mb: round(result.heapMb, 1),
    array_buffers_mb: round(result.arrayBuffersMb, 1),
    rss_mb: round(result.rssMb, 0),
    index_mb: round(result.indexMb, 1),
    ...summarize(result.timings),
    ...firstFigures(summarize(result.firstTimings)),
    very_first_ms: round(result.veryFirstMs, 1),
    sampled: result.timings.length < planted,
    isnad_same_questions: isnad ? summarize(isnad.timings.slice(0, result.timings.length)) : null,
    by_kind: byKind(result.timings),
  };
}

/** The targets that apply to an Isnad row. */
function checks(row: SpeedRow): Check[] {
  const check = (metric: string, unit: string, limit: number | undefined, atMost: boolean, value: number | undefined): Check[] =>
    limit === undefined || value === undefined
      ? []
      : [{ what: `Isnad ${metric} at ${row.facts.toLocaleString('en-US')} facts`, metric, unit, limit, atMost, value }];
  const typo = row.by_kind.find((kind) => kind.kind === 'typo')?.recall;
  return [
    ...check('recall@10', '', RECALL_TARGET, false, row.recall),
    ...check('typo recall@10', '', row.facts >= 100_000 ? TYPO_RECALL_TARGET : undefined, false, typo),
    ...check('p99', 'ms', P99_TARGET_MS.get(row.facts), true, row.p99_ms),
    ...check('build', 'ms', BUILD_TARGET_MS.get(row.facts), true, row.build_ms),
    ...check('index memory', 'MB', INDEX_TARGET_MB.get(row.facts), true, row.index_mb),
    ...check('resident', 'MB', RSS_TARGET_MB.get(row.facts), true, row.rss_mb),
  ];
}

/** A peer against Isnad on the same questions: is Isnad ahead on p99 and recall@10? */
function peerChecks(row: SpeedRow): Check[] {
  const isnad = row.isnad_same_questions;
  if (!isnad || row.engine === 'fuse') return [];
  const at = `at ${row.facts.toLocaleString('en-US')} facts (${row.questions} questions)`;
  return [
    {
      what: `Isnad p99 ÷ ${row.engine} p99 ${at}`,
      metric: `p99 vs ${row.engine}`,
      unit: '',
      limit: 1,
      atMost: true,
      value: round(isnad.p99_ms / row.p99_ms, 3),
    },
    {
      what: `Isnad recall@10 − ${row.engine} ${at}`,
      metric: `recall vs ${row.engine}`,
      unit: '',
      limit: 0,
      atMost: false,
      value: round(isnad.recall - row.recall, 4),
    },
  ];
}

export const speed: Section = {
  name: 'speed',
  title: 'Speed, memory and recall as the knowledge base grows (synthetic bilingual facts), Isnad beside its peers',
  async run(options) {
    const rows: SpeedRow[] = [];
    for (const facts of options.sizes) {
      const job = { facts, questions: options.questions, seed: options.seed };
      progress(`speed: isnad at ${facts} facts`);
      const isnad = await runWorker({ ...job, engine: 'isnad', budget: null });
      rows.push(toRow('isnad', facts, isnad, options.questions, null));
      if (facts > options.peersUpTo) continue;
      for (const peer of PEERS) {
        progress(`speed: ${peer} at ${facts} facts (at most ${options.peerQuestions} questions or ${options.peerSeconds} s)`);
        const result = await runWorker({ ...job, engine: peer, budget: { questions: options.peerQuestions, seconds: options.peerSeconds } });
        rows.push(toRow(peer, facts, result, options.questions, isnad));
      }
    }
    const main = formatTable(
      [
        'engine',
        'facts',
        'build ms',
        'build cpu ms',
        'index MB',
        'heap MB',
        'buffers MB',
        'rss MB',
        'p50 ms',
        'p99 ms',
        'first: p50/p99 ms',
        'very first ms',
        'recall@10',
        'questions',
        'Isnad on these: p99 ms, recall',
        'targets',
      ],
      rows.map((r) => [
        r.engine,
        r.facts,
        r.build_ms,
        r.build_cpu_ms,
        r.index_mb,
        r.heap_mb,
        r.array_buffers_mb,
        r.rss_mb,
        r.p50_ms,
        r.p99_ms,
        `${r.first_p50_ms}/${r.first_p99_ms}`,
        r.very_first_ms,
        r.recall,
        r.questions,
        r.isnad_same_questions ? `${r.isnad_same_questions.p99_ms}, ${r.isnad_same_questions.recall}` : null,
        (r.engine === 'isnad' ? checks(r) : peerChecks(r)).map(checkNote).join(', ') || null,
      ]),
    );
    const kinds = formatTable(
      ['engine', 'facts', ...QUESTION_KINDS.map((kind) => `${kind}: p50/p99 ms, recall@10`)],
      rows.map((r) => [
        r.engine,
        r.facts,
        ...QUESTION_KINDS.map((kind) => {
          const found = r.by_kind.find((entry) => entry.kind === kind);
          return found ? `${found.p50_ms}/${found.p99_ms}, ${found.recall} (${found.questions})` : null;
        }),
      ]),
    );
    const notes = [
      `index MB: what building and the first question added to heap + array buffers (the postings live in typed arrays); heap, buffers, rss: then, after a forced GC.`,
      `very first ms: the first question after the build, which pays for what Isnad's build leaves to it (WordNet synonyms, the links between the languages, fuzzy deletion forms).`,
      `build cpu ms: CPU time of the build on all threads, steadier than wall time when the machine is shared.`,
      `p50, p99: after as many other questions, answered first (a bot answers from a warm process); "first": those first questions after the build, which pay once for compiling code and patterns and for reading the facts they reach.`,
      `recall@10: share of questions whose planted fact is among the first 10 results (Isnad: its ranker's list, via suggest()).`,
      `Peers answer at most ${options.peerQuestions} questions or ${options.peerSeconds} s per size, and only up to ${options.peersUpTo.toLocaleString('en-US')} facts;`,
      `"Isnad on these" is Isnad on the very same (first) questions, which is what the peer checks compare.`,
      `minisearch: fields en+ar, fuzzy 0.2, prefix; flexsearch: tokenize "tolerant", LatinBalance encoder, suggest; fuse: default options.`,
    ];
    return {
      json: { speed: rows },
      text: `${main}\n\n${notes.join('\n')}\n\nBy question kind\n${kinds}`,
      checks: rows.flatMap((r) => (r.engine === 'isnad' ? checks(r) : peerChecks(r))),
    };
  },
};
