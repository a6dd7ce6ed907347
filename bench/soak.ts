/**
 * Soak: the real bot process under a long, bursty load through the fake Discord — 20,000
 * questions from 500 users in bursts of 1,000 sent back to back, a quarter of them distinct
 * questions the report does not cover (each a new row for the moderators' gaps). Reports the
 * dispatch-to-reply latency (p50, p99, max), replies that never came (must be none), apologies
 * (must be none), and the bot's resident memory over time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeDiscord, type SentInteraction } from '../test/fake-discord';
import { evalQuestions, rssMb, startBot, stopBot } from './discord';
import { mulberry32, pick, type Random } from './random';
import { checkNote, type Check, progress, type Section } from './section';
import { median, now, percentile, round } from './stats';
import { formatTable } from './table';

const QUESTIONS = 20_000;
const BURST = 1_000;
const USERS = 500;
const DISTINCT_UNANSWERED_SHARE = 0.25;
/** How long the last reply of a burst may take before it counts as missing. */
const BURST_DEADLINE_MS = 60_000;
const RSS_EVERY_MS = 1_000;

function question(random: Random, asked: readonly string[], index: number): string {
  return random() < DISTINCT_UNANSWERED_SHARE ? `where can I buy a blue umbrella number ${index}?` : pick(random, asked);
}

interface Burst {
  latencies: number[];
  missing: number;
  apologies: number;
}

/** Sends one burst back to back, then waits for every reply (or the deadline), reading each once. */
async function burst(fake: FakeDiscord, random: Random, asked: readonly string[], first: number): Promise<Burst> {
  const sentAt = new Map<string, number>();
  let read = fake.calls.length;
  for (let i = first; i < first + BURST; i++) {
    const user = String(740000000000000000n + BigInt(i % USERS));
    const started = now();
    const sent: SentInteraction = await fake.slashCommand({ name: 'ask', options: { question: question(random, asked, i) }, userId: user });
    sentAt.set(`/interactions/${sent.id}/${sent.token}/callback`, started);
  }
  const result: Burst = { latencies: [], missing: 0, apologies: 0 };
  const deadline = now() + BURST_DEADLINE_MS;
  while (sentAt.size > 0 && now() < deadline) {
    const calls = fake.calls;
    for (; read < calls.length; read++) {
      const call = calls[read];
      const started = sentAt.get(call.path);
      if (started === undefined || call.status >= 300) continue;
      sentAt.delete(call.path);
      result.latencies.push(call.answeredAt - started);
      if (!call.body?.data?.embeds?.length) result.apologies += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  result.missing = sentAt.size;
  return result;
}

export const soak: Section = {
  name: 'soak',
  onRequest: true,
  title: `Soak: ${QUESTIONS.toLocaleString('en')} questions from ${USERS} users in bursts of ${BURST.toLocaleString('en')}, through the fake Discord`,
  async run(options) {
    const fake = new FakeDiscord();
    await fake.start();
    const directory = mkdtempSync(path.join(tmpdir(), 'isnad-bench-soak-'));
    const { child, ready } = startBot(fake, path.join(directory, 'isnad.db'), { STATUS_LOG_SECONDS: '0' });
    const memory: { seconds: number; mb: number }[] = [];
    const started = now();
    const sampler = setInterval(() => {
      const mb = child.pid === undefined ? null : rssMb(child.pid);
      if (mb !== null) memory.push({ seconds: round((now() - started) / 1000, 0), mb });
    }, RSS_EVERY_MS);
    try {
      progress('soak: starting the bot');
      await ready;
      const random = mulberry32(options.seed);
      const asked = evalQuestions();
      const latencies: number[] = [];
      const rows: (string | number | null)[][] = [];
      let missing = 0;
      let apologies = 0;
      for (let first = 0; first < QUESTIONS; first += BURST) {
        const result = await burst(fake, random, asked, first);
        latencies.push(...result.latencies);
        missing += result.missing;
        apologies += result.apologies;
        rows.push([first + BURST, round(percentile(result.latencies, 0.99), 1), result.missing, child.pid === undefined ? null : rssMb(child.pid)]);
        progress(`soak: ${first + BURST} questions`);
      }
      const figures = {
        questions: QUESTIONS,
        p50_ms: round(median(latencies), 1),
        p99_ms: round(percentile(latencies, 0.99), 1),
        max_ms: round(Math.max(...latencies), 1),
        missing_replies: missing,
        apologies,
        rss_mb: memory,
      };
      const checks: Check[] = [
        { what: 'soak: replies that never came', metric: 'missing', unit: '', limit: 0, atMost: true, value: missing },
        { what: 'soak: apologies instead of answers', metric: 'apologies', unit: '', limit: 0, atMost: true, value: apologies },
      ];
      const rss = memory.map((sample) => sample.mb);
      return {
        json: { soak: figures },
        text: [
          formatTable(
            ['questions', 'p50 ms', 'p99 ms', 'max ms', 'missing', 'apologies', 'RSS MB first / peak / last'],
            [
              [
                QUESTIONS,
                figures.p50_ms,
                figures.p99_ms,
                figures.max_ms,
                `${missing} ${checkNote(checks[0])}`,
                `${apologies} ${checkNote(checks[1])}`,
                `${rss[0]} / ${Math.max(...rss)} / ${rss.at(-1)}`,
              ],
            ],
          ),
          '',
          formatTable(['after question', 'burst p99 ms', 'missing', 'RSS MB'], rows),
          '',
          'Each burst is sent as fast as the fake can dispatch it; a reply counts from its dispatch to its',
          'arrival at the fake, so the p99 is mostly queueing behind the burst. RSS is sampled every second',
          '(the --json object has every sample).',
        ].join('\n'),
        checks,
      };
    } finally {
      clearInterval(sampler);
      await stopBot(child);
      await fake.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
