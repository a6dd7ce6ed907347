/**
 * `npm run start:sharded`: one host running every shard, each in its own process, through
 * discord.js's ShardingManager. Each process is the ordinary bot (main.ts); the manager tells it
 * which shard it is. With several hosts, run `npm start` on each with SHARD_COUNT and SHARD_IDS
 * instead, all on one DATABASE_URL.
 */
import path from 'node:path';
import { ShardingManager } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { runCli } from '../cli/run';
import { loadConfig } from './config';
import { createLogger } from './logger';

/** What a shard may take beyond its own shutdown bound: writing buffered records, logging out. */
const SHARD_EXIT_MARGIN_SECONDS = 10;

runCli('Usage: npm run start:sharded (configure it in .env; see .env.example)', async () => {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const logger = createLogger([config.token]);
  const manager = new ShardingManager(path.join(__dirname, 'main.ts'), {
    token: config.token,
    // 'auto' asks Discord for its recommendation; a proxy or test address cannot answer that.
    totalShards: config.shardCount ?? (config.apiBase ? 1 : 'auto'),
    // By absolute address, so the shards start whatever folder the manager was started from;
    // CommonJS, as `npm start` runs the bot (see package.json).
    execArgv: ['--require', require.resolve('tsx/cjs')],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info('shard started', { shard: shard.id }));
  let stopping = false;
  // Each shard process shuts down as `npm start` does (finishing what it took in); the manager
  // waits for them all, a little longer than their own bound, then exits.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping every shard', { signal });
    const running = [...manager.shards.values()].flatMap((shard) => (shard.process?.exitCode === null ? [shard.process] : []));
    const exits = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
    // kill() sends SIGTERM and stops the manager respawning the shard.
    for (const shard of manager.shards.values()) shard.kill();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), (config.shutdownSeconds + SHARD_EXIT_MARGIN_SECONDS) * 1000)));
    if ((await Promise.race([Promise.all(exits), late])) === 'late') {
      logger.warn('shards still running after the shutdown timeout were killed', { shards: running.filter((child) => child.exitCode === null).length });
      for (const child of running) child.kill('SIGKILL');
    }
    clearTimeout(timer);
    logger.info('every shard stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await manager.spawn({ timeout: 60_000 });
});
