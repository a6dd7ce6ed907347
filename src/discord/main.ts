/**
 * `npm start`: reads .env, checks the configuration, opens the store and logs in. On SIGINT or
 * SIGTERM it stops taking new work, lets the questions in flight be answered (within
 * SHUTDOWN_TIMEOUT_SECONDS), writes the records waiting in memory, closes the database and the
 * gateway, and exits 0. discord.js's ShardingManager stops each shard process the same way.
 */
import { config as loadDotenv } from 'dotenv';
import { systemClock } from '../store/clock';
import { DatabaseAvailability } from '../store/outage';
import { openRuntime } from '../store/runtime';
import { createBot, DATABASE_RETRY_MS } from './bot';
import { runCli } from '../cli/run';
import { loadConfig } from './config';
import { createLogger } from './logger';

// A bad configuration, an unusable database or a malformed seed file stops start-up with a
// message naming what to fix, and exit code 1.
runCli('Usage: npm start (configure it in .env; see .env.example)', async () => {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const logger = createLogger([config.token]);
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));
  // DATABASE_URL, else DB_PATH, else var/isnad.db: read where `ask` and `facts` read them too.
  const database = new DatabaseAvailability(systemClock, DATABASE_RETRY_MS);
  // Losing the change feed's connection is an outage like any other: said once, not per retry.
  const runtime = await openRuntime({
    onError: (error) => {
      if (!database.failed(error)) logger.warn('following changes in the database failed; retrying', { error });
    },
  });
  const bot = createBot(config, { ...runtime, database }, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second signal (Ctrl-C twice, or the manager and the terminal both) changes nothing.
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal, inFlight: bot.status().inFlight });
    await bot.stop().catch((error: unknown) => logger.warn('logout failed', { error }));
    await runtime.close().catch((error: unknown) => logger.warn('closing the database failed', { error }));
    logger.info('stopped', { ...bot.status() });
    await new Promise((resolve) => process.stderr.write('', resolve));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await bot.start();
  } catch (error) {
    logger.error('could not log in to Discord', { error });
    await runtime.close();
    process.exitCode = 1;
  }
});
