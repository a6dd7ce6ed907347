/**
 * `npm run ask -- "QUESTION"`: answers offline from the embedded store (or DATABASE_URL), no token.
 *   --json "QUESTION"  one JSON object (the machine-readable contract)
 *   --jsonl            one question per stdin line → one JSON object per line, in order
 *   (nothing)          an interactive prompt when stdin is a terminal
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { renderText } from '../core/answer/render-text';
import type { Answer } from '../core/types';
import { openRuntime } from '../store/runtime';
import { runCli, UsageError } from './run';

const USAGE = `Usage:
  npm run ask -- "what does DeepSeek use for R2?"
  npm run --silent ask -- --json "QUESTION"
  npm run --silent ask -- --jsonl < questions.txt
  npm run ask                      (interactive, in a terminal)`;

/**
 * The JSON shape the product is judged through; keep it exactly (fields are only ever added).
 * `summary` marks a summary of the report; a message that asked several questions has `parts`,
 * one object of this same shape per question, in order.
 */
export function toJson(answer: Answer): Record<string, unknown> {
  return {
    question: answer.question,
    language: answer.language,
    answered: answer.answered,
    answer: answer.text,
    facts: answer.facts.map(({ fact, score, citation }) => ({
      id: fact.id,
      en: fact.en,
      ar: fact.ar,
      score,
      citation: { source: citation.source, paragraph: citation.paragraph, section: citation.section },
    })),
    ...(answer.abstention ? { abstention: answer.abstention } : {}),
    summary: answer.summary === true,
    ...(answer.parts ? { parts: answer.parts.map(toJson) } : {}),
  };
}

runCli(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const question = positionals.join(' ');
  if (values.jsonl && question) throw new UsageError('--jsonl reads questions from standard input; give no question after it.');
  const runtime = await openRuntime();
  try {
    const ask = async (text: string) => {
      const answer = runtime.engine.ask(text);
      for (const part of answer.parts ?? [answer]) {
        if (!part.answered && part.abstention !== 'empty') await runtime.store.recordUnanswered(part.question, part.language);
      }
      return answer;
    };
    if (values.jsonl) {
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        process.stdout.write(`${JSON.stringify(toJson(await ask(line)))}\n`);
      }
    } else if (question) {
      const answer = await ask(question);
      console.log(values.json ? JSON.stringify(toJson(answer)) : renderText(answer));
    } else if (process.stdin.isTTY) {
      await interactive(ask);
    } else {
      throw new UsageError('Give a question, or use --jsonl to read questions from standard input.');
    }
  } finally {
    await runtime.close();
  }
});

async function interactive(ask: (question: string) => Promise<Answer>): Promise<void> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, prompt: 'isnad> ' });
  console.log('Ask about the report, in Arabic or English. An empty line or Ctrl-D quits.');
  prompt.prompt();
  for await (const line of prompt) {
    if (!line.trim()) break;
    console.log(`${renderText(await ask(line))}\n`);
    prompt.prompt();
  }
  prompt.close();
}
