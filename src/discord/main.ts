/**
 * `npm start`: reads .env, checks the configuration, opens the store and logs in. SIGINT and
 * SIGTERM log out and close the database cleanly, so nothing a moderator saved is lost.
 */
import { config as loadDotenv } from 'dotenv';
import { openRuntime } from '../store/runtime';
import { createBot } from './bot';
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
  const runtime = await openRuntime({ onError: (error) => logger.warn('following changes in the database failed; retrying', { error }) });
  const bot = createBot(config, runtime, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    await bot.stop().catch((error: unknown) => logger.warn('logout failed', { error }));
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await bot.start();
  } catch (error) {
    logger.error('could not log in to Discord', { error });
    await runtime.close();
    process.exitCode = 1;
  }
});
