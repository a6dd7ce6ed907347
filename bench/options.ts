/** The command line of `npm run bench`, read into one documented object. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../src/cli/run';

export interface BenchOptions {
  /** Print one JSON object on stdout instead of tables. */
  json: boolean;
  /** Knowledge-base sizes (numbers of synthetic facts) for the speed section. */
  sizes: number[];
  /** Planted questions per size (Isnad answers all of them: its p99 needs at least 2,000). */
  questions: number;
  /** Question sets scored in the quality section: the project's own first, then any --eval. */
  evalSets: string[];
  /** Seeds the synthetic facts and questions: the same seed gives the same workload. */
  seed: number;
  /** The peer libraries are slow at scale: at most this many questions per peer and size… */
  peerQuestions: number;
  /** …and no new question once this many seconds are spent on one. */
  peerSeconds: number;
  /** Peers are measured at sizes up to this many facts only (beyond, they take minutes and gigabytes). */
  peersUpTo: number;
  /** The sections to run, by name; when not given, all but those that run only on request (soak). */
  sections: string[] | null;
}

const DEFAULT_EVAL_SET = path.resolve(__dirname, '../test/eval/isnad.jsonl');

export const USAGE = `Usage: npm run bench -- [--json] [--sizes 1000,10000,100000] [--questions 2000]
       [--eval FILE.jsonl ...] [--seed 1] [--peer-questions 300] [--peer-seconds 30] [--peers-up-to 100000]
       [--sections quality,speed,live,discord,start,soak]   (soak, minutes long, runs only when named)`;

function positiveInteger(name: string, text: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(`--${name} must be a positive whole number, not ${JSON.stringify(text)}`);
  return value;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '1000,10000,100000' },
      questions: { type: 'string', default: '2000' },
      eval: { type: 'string', multiple: true, default: [] },
      seed: { type: 'string', default: '1' },
      'peer-questions': { type: 'string', default: '300' },
      'peer-seconds': { type: 'string', default: '30' },
      'peers-up-to': { type: 'string', default: '100000' },
      sections: { type: 'string' },
    },
  });
  return {
    json: values.json,
    sizes: values.sizes.split(',').map((size) => positiveInteger('sizes', size.trim())),
    questions: positiveInteger('questions', values.questions),
    evalSets: [DEFAULT_EVAL_SET, ...values.eval.map((file) => path.resolve(file))],
    seed: positiveInteger('seed', values.seed),
    peerQuestions: positiveInteger('peer-questions', values['peer-questions']),
    peerSeconds: positiveInteger('peer-seconds', values['peer-seconds']),
    peersUpTo: positiveInteger('peers-up-to', values['peers-up-to']),
    sections: values.sections ? values.sections.split(',').map((name) => name.trim()) : null,
  };
}
