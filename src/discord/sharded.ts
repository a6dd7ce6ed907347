/**
 * `npm run start:sharded`: one host running every shard, each in its own process, through
 * discord.js's ShardingManager. Each process is the ordinary bot (main.ts); the manager tells it
 * which shard it is. With several hosts, run `npm start` on each with SHARD_COUNT and SHARD_IDS
 * instead, all on one DATABASE_URL.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ShardingManager } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { runCli } from '../cli/run';
import { loadConfig } from './config';
import { createLogger } from './logger';

runCli('Usage: npm run start:sharded (configure it in .env; see .env.example)', async () => {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const logger = createLogger([config.token]);
  const manager = new ShardingManager(path.join(__dirname, 'main.ts'), {
    token: config.token,
    // 'auto' asks Discord for its recommendation; a proxy or test address cannot answer that.
    totalShards: config.shardCount ?? (config.apiBase ? 1 : 'auto'),
    // By absolute address, so the shards start whatever folder the manager was started from.
    execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info('shard started', { shard: shard.id }));
  const stop = (signal: string) => {
    logger.info('stopping every shard', { signal });
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  await manager.spawn({ timeout: 60_000 });
});
