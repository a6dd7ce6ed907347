/**
 * One measurement of the speed section, run in a child process of its own (with --expose-gc) so
 * that the memory it reports holds one engine and its facts and nothing left over from another:
 * build the engine on a synthetic knowledge base, weigh it, then time planted questions.
 */
import { Isnad } from '../src/core/engine';
import { syntheticCorpus, withFacts } from './corpus';
import { buildPeer, type PeerName } from './peers';
import { plantQuestions, type PlantedQuestion, type QuestionKind } from './questions';
import { memoryMb, now, timed } from './stats';
import { RECALL_DEPTH } from './targets';

export type EngineName = 'isnad' | PeerName;

export interface SpeedJob {
  engine: EngineName;
  facts: number;
  questions: number;
  seed: number;
  /** Stop early: at most this many questions, none started after this many seconds; null for no limit. */
  budget: { questions: number; seconds: number } | null;
}

/** One planted question: how long it took and whether its fact was among the first results. */
export interface QuestionTiming {
  kind: QuestionKind;
  ms: number;
  found: boolean;
}

export interface SpeedResult {
  buildMs: number;
  /** CPU time of the build (all threads): steadier than wall time on a shared machine. */
  buildCpuMs: number;
  /**
   * After building and the first question, with the engine and its facts alive: V8 heap, typed
   * arrays' buffers, resident set. After the first question because Isnad leaves some of its index
   * to it (WordNet synonyms, fuzzy deletion forms): a bot holds that memory once anyone has asked.
   */
  heapMb: number;
  arrayBuffersMb: number;
  rssMb: number;
  /** What building and the first question added to heap + array buffers: the facts were already there before. */
  indexMb: number;
  /** In the order of the planted questions (a budget keeps the first ones). */
  timings: QuestionTiming[];
  /** The warm-up: as many other questions, the first the engine meets after it is built. */
  firstTimings: QuestionTiming[];
  /** The very first of them, which pays for whatever the build left to the first question. */
  veryFirstMs: number;
}

type Probe = (question: PlantedQuestion) => QuestionTiming;

function isnadProbe(engine: Isnad): Probe {
  return (question) => {
    const [answer, ms] = timed(() => engine.ask(question.text));
    // retrieve() is the ranking ask() decides on (question read, types weighed); only its order
    // is needed, so it is not timed.
    const ranked = engine.retrieve(question.text, RECALL_DEPTH).flat();
    if (answer.answered && !ranked.some((fact) => fact.id === answer.facts[0].fact.id)) {
      throw new Error(`retrieve() no longer ranks like ask() (${JSON.stringify(question.text)}): recall would be wrong`);
    }
    return { kind: question.kind, ms, found: ranked.some((fact) => fact.id === question.factId) };
  };
}

function peerProbe(name: PeerName, knowledge: ReturnType<typeof prepare>['knowledge']): Probe {
  const search = buildPeer(name, knowledge);
  return (question) => {
    const [ids, ms] = timed(() => search(question.text, RECALL_DEPTH));
    return { kind: question.kind, ms, found: ids.includes(question.factId) };
  };
}

/**
 * The knowledge base and questions; the words kept for planting are garbage once it returns.
 * The facts are handed over as a fresh copy, as a store loading them would give them: the
 * originals lie in the heap among the generator's words, which are garbage by then, and the
 * pages they share would stay resident and be counted as the engine's (600 MB at a million facts).
 */
function prepare(job: SpeedJob) {
  const { base, corpus } = syntheticCorpus(job.facts, job.seed);
  return {
    knowledge: withFacts(base, structuredClone(corpus.map((planted) => planted.fact))),
    questions: plantQuestions(corpus, job.questions, job.seed + 2),
    warmup: plantQuestions(corpus, job.questions, job.seed + 3),
  };
}

function measure(job: SpeedJob): SpeedResult {
  const { knowledge, questions, warmup } = prepare(job);
  const before = memoryMb();
  const cpuBefore = process.cpuUsage();
  const [probe, buildMs] = timed(() => (job.engine === 'isnad' ? isnadProbe(new Isnad(knowledge)) : peerProbe(job.engine, knowledge)));
  const cpu = process.cpuUsage(cpuBefore);
  const [firstQuestion, ...restOfWarmup] = warmup;
  const veryFirst = probe(firstQuestion);
  const after = memoryMb();
  // A bot answers from a process that has been up a while: its first questions after start pay
  // for compiling its code and its patterns, and for reading the facts they reach the first time
  // (both once). So every engine first answers as many other questions, within the same budget,
  // timed apart as its first questions; the planted ones are timed after.
  const answer = (list: PlantedQuestion[]) => {
    const timings: QuestionTiming[] = [];
    const start = now();
    for (const question of list) {
      const spent = now() - start;
      if (job.budget && timings.length > 0) {
        const expected = spent + spent / timings.length;
        if (timings.length >= job.budget.questions || expected > job.budget.seconds * 1000) break;
      }
      timings.push(probe(question));
    }
    return timings;
  };
  const firstTimings = [veryFirst, ...answer(restOfWarmup)];
  const timings = answer(questions);
  return {
    buildMs,
    buildCpuMs: (cpu.user + cpu.system) / 1000,
    heapMb: after.heap,
    arrayBuffersMb: after.arrayBuffers,
    rssMb: after.rss,
    indexMb: after.heap + after.arrayBuffers - (before.heap + before.arrayBuffers),
    timings,
    firstTimings,
    veryFirstMs: veryFirst.ms,
  };
}

if (require.main === module) {
  const result = measure(JSON.parse(process.argv[2]) as SpeedJob);
  process.send?.(result, () => process.exit(0));
}
