/**
 * Section 3: live updates. A moderator adds a fact while the bot runs; how long until a question
 * about it is answered with it? A temporary SQLite store is seeded with 10,000 synthetic facts and
 * opened the way the bot opens it (openRuntime: store + engine following its changes); then new
 * facts are added one at a time with store.addFact, each timed from the add until a keyword
 * question on it is answered with it as the top fact. Then another runtime opens the same file
 * (as a second shard or the command line would: the reopen is timed) and follows it: each further
 * add is timed until that runtime has the fact, through the database's change feed alone.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR, DATA_FILES } from '../src/core/knowledge/load';
import { openRuntime } from '../src/store/runtime';
import { syntheticCorpus } from './corpus';
import { plantQuestion, plantQuestions } from './questions';
import { mulberry32 } from './random';
import { type Check, checkNote, progress, type Section } from './section';
import { median, now, percentile, round } from './stats';
import { formatTable } from './table';
import { LIVE_TARGET_MS, PROPAGATION_TARGET_MS } from './targets';

const LIVE_FACTS = 10_000;
const ADDS = 50;
/** A running bot has answered questions before a fact is added: its code is compiled. */
const WARMUP_QUESTIONS = 30;
const MODERATOR = { id: 'bench', name: 'bench' };
/** Adds timed until the other runtime has them; each waits for the change feed, so they are few. */
const FOLLOWED_ADDS = 10;

/** Milliseconds until `holds`, checking every millisecond; NaN if not within `limitMs`. */
async function msUntil(holds: () => boolean, started: number, limitMs: number): Promise<number> {
  while (!holds()) {
    if (now() - started > limitMs) return Number.NaN;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return now() - started;
}

export const live: Section = {
  name: 'live',
  title: `Live updates: from store.addFact to the fact being the answer, at ${LIVE_FACTS.toLocaleString('en-US')} facts`,
  async run(options) {
    // The corpus goes on past LIVE_FACTS; the facts beyond are the ones added while live.
    const { corpus } = syntheticCorpus(LIVE_FACTS + ADDS + FOLLOWED_ADDS, options.seed);
    const directory = mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-'));
    try {
      for (const file of [DATA_FILES.sources, DATA_FILES.lexicon]) copyFileSync(path.join(DATA_DIR, file), path.join(directory, file));
      writeFileSync(path.join(directory, DATA_FILES.facts), JSON.stringify(corpus.slice(0, LIVE_FACTS).map((planted) => planted.fact)));
      progress(`live: seeding a temporary store with ${LIVE_FACTS} facts`);
      const opening = now();
      const runtime = await openRuntime({ dbPath: path.join(directory, 'isnad.db'), dataDir: directory });
      const openMs = now() - opening;
      try {
        const { store, engine } = runtime;
        for (const question of plantQuestions(corpus.slice(0, LIVE_FACTS), WARMUP_QUESTIONS, options.seed + 3)) engine.ask(question.text);
        const random = mulberry32(options.seed + 4);
        const adds = [];
        for (const [i, planted] of corpus.slice(LIVE_FACTS, LIVE_FACTS + ADDS).entries()) {
          const question = plantQuestion('keywords', planted, i % 2 === 1, random);
          const { en, ar, paragraph } = planted.fact;
          const start = now();
          const stored = await store.addFact({ en, ar, paragraph }, MODERATOR);
          const added = now();
          const answer = engine.ask(question);
          const answered = answer.answered && answer.facts[0]?.fact.id === stored.id;
          adds.push({ addMs: added - start, totalMs: now() - start, answered });
        }
        progress('live: another runtime on the same file, following it');
        const reopening = now();
        const follower = await openRuntime({ dbPath: path.join(directory, 'isnad.db'), dataDir: directory });
        const reopenMs = now() - reopening;
        const followed: number[] = [];
        try {
          for (const planted of corpus.slice(LIVE_FACTS + ADDS)) {
            const { en, ar, paragraph } = planted.fact;
            const start = now();
            const { id } = await store.addFact({ en, ar, paragraph }, MODERATOR);
            followed.push(await msUntil(() => follower.engine.fact(id) !== undefined, start, 10 * PROPAGATION_TARGET_MS));
          }
        } finally {
          await follower.close();
        }
        const total = adds.map((add) => add.totalMs);
        const result = {
          facts: LIVE_FACTS,
          adds: ADDS,
          path: 'openRuntime + store.addFact',
          open_ms: round(openMs, 0),
          add_fact_p50_ms: round(median(adds.map((add) => add.addMs)), 3),
          p50_ms: round(median(total), 3),
          p99_ms: round(percentile(total, 0.99), 3),
          max_ms: round(Math.max(...total), 3),
          answered: adds.filter((add) => add.answered).length,
          reopen_ms: round(reopenMs, 0),
          followed_adds: FOLLOWED_ADDS,
          // NaN (a change never heard) makes the max NaN, and the check fail.
          followed_p50_ms: round(median(followed), 1),
          followed_max_ms: round(Math.max(...followed), 1),
        };
        const check: Check = {
          what: `Fact answerable after store.addFact, at ${LIVE_FACTS.toLocaleString('en-US')} facts (worst of ${ADDS})`,
          metric: 'max',
          unit: 'ms',
          limit: LIVE_TARGET_MS,
          atMost: true,
          value: result.max_ms,
        };
        const followCheck: Check = {
          what: `Fact held by another runtime on the same file, at ${LIVE_FACTS.toLocaleString('en-US')} facts (worst of ${FOLLOWED_ADDS})`,
          metric: 'max',
          unit: 'ms',
          limit: PROPAGATION_TARGET_MS,
          atMost: true,
          value: result.followed_max_ms,
        };
        const table = formatTable(
          ['adds', 'answered', 'open+seed ms', 'addFact p50 ms', 'add→answer p50 ms', 'p99 ms', 'max ms', 'target'],
          [[ADDS, result.answered, result.open_ms, result.add_fact_p50_ms, result.p50_ms, result.p99_ms, result.max_ms, checkNote(check)]],
        );
        const followTable = formatTable(
          ['another runtime', 'reopen ms', 'adds', 'add→held p50 ms', 'max ms', 'target'],
          [['following the file', result.reopen_ms, FOLLOWED_ADDS, result.followed_p50_ms, result.followed_max_ms, checkNote(followCheck)]],
        );
        const note =
          'addFact: the SQLite transaction, then the engine applying the change (in place, before addFact returns).\n' +
          '"answered": adds whose keyword question was then answered with the new fact on top; a miss would be a\n' +
          'question another fact answers as well, since the fact is already in the index.\n' +
          'open+seed: opening a fresh database, seeding the facts into it, and building the engine.\n' +
          'another runtime: reopening the file (no seeding: it is seeded) and building its engine; then each add\n' +
          'timed until that runtime holds the fact, heard through the change feed as another process hears it.';
        return { json: { live: result }, text: `${table}\n\n${followTable}\n\n${note}`, checks: [check, followCheck] };
      } finally {
        await runtime.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
