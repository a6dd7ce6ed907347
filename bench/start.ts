/**
 * Start-up at scale: the real bot process, with 100,000 facts in its SQLite file, from spawn to
 * READY against the fake Discord, and its resident memory once ready. The file is seeded first
 * (the project's seed plus synthetic facts, as moderators would have added them); the bot is then
 * started twice on it: the first start is the first after those facts were added, the second a
 * plain restart.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR, DATA_FILES } from '../src/core/knowledge/load';
import { openRuntime } from '../src/store/runtime';
import { FakeDiscord } from '../test/fake-discord';
import { syntheticCorpus } from './corpus';
import { rssMb, startBot, stopBot } from './discord';
import { type Check, checkNote, progress, type Section } from './section';
import { now, round } from './stats';
import { formatTable } from './table';
import { START_FACTS, START_RSS_TARGET_MB, START_TARGET_MS } from './targets';

async function timeStart(fake: FakeDiscord, dbPath: string): Promise<{ readyMs: number; rssMb: number | null }> {
  const { child, ready } = startBot(fake, dbPath);
  try {
    const readyMs = await ready;
    return { readyMs, rssMb: child.pid === undefined ? null : rssMb(child.pid) };
  } finally {
    await stopBot(child);
  }
}

export const start: Section = {
  name: 'start',
  title: `Start-up: the bot process with ${START_FACTS.toLocaleString('en-US')} facts in SQLite, spawn → READY against the fake Discord`,
  async run(options) {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-start-'));
    const fake = new FakeDiscord();
    await fake.start();
    try {
      const dataDir = path.join(directory, 'data');
      const dbPath = path.join(directory, 'isnad.db');
      // The project's own seed plus the synthetic facts, seeded the way the bot seeds a new file.
      mkdirSync(dataDir);
      copyFileSync(path.join(DATA_DIR, DATA_FILES.sources), path.join(dataDir, DATA_FILES.sources));
      copyFileSync(path.join(DATA_DIR, DATA_FILES.lexicon), path.join(dataDir, DATA_FILES.lexicon));
      const seed = JSON.parse(readFileSync(path.join(DATA_DIR, DATA_FILES.facts), 'utf8')) as unknown[];
      const synthetic = syntheticCorpus(START_FACTS, options.seed).corpus.map((planted) => planted.fact);
      writeFileSync(path.join(dataDir, DATA_FILES.facts), JSON.stringify([...seed, ...synthetic]));
      progress(`start: seeding a SQLite file with ${START_FACTS} facts`);
      const seeding = now();
      await (await openRuntime({ dbPath, dataDir })).close();
      const seedMs = now() - seeding;
      progress('start: starting the bot twice');
      const first = await timeStart(fake, dbPath);
      const restart = await timeStart(fake, dbPath);
      const checks: Check[] = [
        {
          what: `Bot restart → ready with ${START_FACTS.toLocaleString('en-US')} facts`,
          metric: 'ready',
          unit: 'ms',
          limit: START_TARGET_MS,
          atMost: true,
          value: round(restart.readyMs, 0),
        },
        ...(restart.rssMb === null
          ? []
          : [
              {
                what: `Bot resident memory once ready with ${START_FACTS.toLocaleString('en-US')} facts`,
                metric: 'rss',
                unit: 'MB',
                limit: START_RSS_TARGET_MB,
                atMost: true,
                value: round(restart.rssMb, 0),
              },
            ]),
      ];
      const row = (name: string, figures: { readyMs: number; rssMb: number | null }) => [
        name,
        round(figures.readyMs, 0),
        figures.rssMb === null ? null : round(figures.rssMb, 0),
      ];
      return {
        json: {
          start: {
            facts: START_FACTS,
            seed_ms: round(seedMs, 0),
            first_ready_ms: round(first.readyMs, 0),
            first_rss_mb: first.rssMb,
            restart_ready_ms: round(restart.readyMs, 0),
            restart_rss_mb: restart.rssMb,
          },
        },
        text: [
          formatTable(['start', 'spawn → ready ms', 'rss MB at ready'], [row('first, after the facts were added', first), row('restart', restart)]),
          '',
          `Seeding the file beforehand (not part of start-up): ${round(seedMs / 1000, 1)} s. Start-up includes tsx loading the`,
          'TypeScript, opening the database, reading every fact, building the index and logging in.',
          checks.map(checkNote).join(', '),
        ].join('\n'),
        checks,
      };
    } finally {
      await fake.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
