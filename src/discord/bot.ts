/**
 * The Discord adapter: a discord.js client wired to the core through the handlers. It knows how
 * to log in and out (finishing the work it took in), keeps answers independent of the database,
 * and reports its state; what to say lives in the commands, the core and the renderers.
 *
 * Where things live in this folder:
 * - commands/        one file per slash or context-menu command (builder and handlers); index.ts
 *                    lists them, deploy-commands.ts registers them with Discord
 * - router.ts        interactions to their command, button or modal handler; chat.ts, messages
 * - context.ts       what every handler gets (engine, store, configuration, logger, the side
 *                    writer and cooldowns that keep answers independent of the database)
 * - failures.ts      what a person is told when a request fails (database unavailable included)
 * - render.ts        how an answer looks; answer-buttons.ts, the buttons under it; bidi.ts,
 *                    right-to-left text; ui-text.ts, what the bot says besides answers
 * - fact-views.ts    what /fact shows; fact-forms.ts, the add / edit / suggest form
 * - custom-id.ts     what buttons and modals carry; config.ts, logger.ts
 * - gateway-watch.ts the gateway's connection events; in-flight.ts, handlers a shutdown waits for
 * - main.ts          `npm start`; sharded.ts, `npm run start:sharded`
 */
import { Client, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { Isnad } from '../core/engine';
import { systemClock } from '../store/clock';
import { Cooldowns } from '../store/cooldowns';
import { DatabaseAvailability, type DatabaseFailure } from '../store/outage';
import { SIDE_WRITE_CAPACITY, SideWriter } from '../store/side-writes';
import type { Store } from '../store/store';
import { createMessageHandler } from './chat';
import { COMMANDS } from './commands';
import type { BotConfig } from './config';
import type { BotContext, RequestCounts } from './context';
import { watchGateway } from './gateway-watch';
import { InFlight } from './in-flight';
import type { Logger } from './logger';
import { NO_MENTIONS } from './render';
import { createInteractionRouter } from './router';

/** During a database outage, how often the bot tries it again. */
export const DATABASE_RETRY_MS = 500;
/** At shutdown, how long buffered records may take to reach the database. */
const SIDE_WRITE_FLUSH_MS = 5000;

/** What the status line says. */
export interface BotStatus extends RequestCounts {
  gateway: 'up' | 'down';
  database: 'up' | DatabaseFailure;
  /** Handlers running now. */
  inFlight: number;
  /** Side records waiting for the database, and those dropped because too many were waiting. */
  buffered: number;
  dropped: number;
  uptimeSeconds: number;
  rssMb: number;
}

export interface Bot {
  client: Client;
  /** Logs in; resolves once the gateway says READY. */
  start(): Promise<void>;
  /**
   * Stops taking new work (closes the gateway), lets the handlers in flight finish (up to
   * `graceMs`), writes the buffered records, and logs out.
   */
  stop(graceMs?: number): Promise<void>;
  status(): BotStatus;
}

function databaseLogs(database: DatabaseAvailability, sideWrites: SideWriter, logger: Logger): void {
  database.onChange((change) => {
    if (change.state === 'down') {
      logger.warn('database unavailable', {
        failure: change.failure,
        error: change.error,
        note: 'answers go on; records wait in memory; cooldowns are kept in memory',
      });
    } else {
      logger.warn('database available again', {
        failure: change.failure,
        downForSeconds: Math.round(change.downForMs / 100) / 10,
        buffered: sideWrites.buffered,
        dropped: sideWrites.dropped,
      });
    }
  });
}

/**
 * What discord.js keeps of what the gateway sends. The bot answers from the event in hand
 * (a reply's earlier message is fetched) and reads only a server's roles and channels; by
 * default discord.js would also keep the last 200 messages of every channel it sees (the
 * GuildMessages intent sends them all, chatter included), and every member, user, emoji and
 * sticker: in a public bot, more memory than the knowledge itself. Itself it keeps.
 */
const CACHES = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
  ReactionManager: 0,
  ReactionUserManager: 0,
  GuildEmojiManager: 0,
  BaseGuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildInviteManager: 0,
  GuildBanManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  AutoModerationRuleManager: 0,
  PresenceManager: 0,
  VoiceStateManager: 0,
  ThreadMemberManager: 0,
  ApplicationCommandManager: 0,
});

/** What the bot runs on; `database` may be shared with what else the process does with the store. */
export interface BotCore {
  engine: Isnad;
  store: Store;
  database?: DatabaseAvailability;
}

export function createBot(
  config: BotConfig,
  { engine, store, database = new DatabaseAvailability(systemClock, DATABASE_RETRY_MS) }: BotCore,
  logger: Logger,
): Bot {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  // Reading every message in ask channels needs the privileged intent; mentions and DMs do not.
  if (config.askChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    makeCache: CACHES,
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: config.apiBase ? { api: config.apiBase } : {},
    ...(config.shardCount !== null
      ? { shardCount: config.shardCount, shards: config.shardIds ?? Array.from({ length: config.shardCount }, (_, shard) => shard) }
      : {}),
  });
  const sideWrites = new SideWriter({
    store,
    availability: database,
    clock: systemClock,
    capacity: SIDE_WRITE_CAPACITY,
    probe: () => store.checkWritable(),
    onRejected: (record, error) => logger.error('a record could not be saved', { record: record.type, error }),
  });
  databaseLogs(database, sideWrites, logger);
  const cooldowns = new Cooldowns(store, database, systemClock, (error) => logger.error('the cooldown could not be read; taken in memory', { error }));
  const counts: RequestCounts = { answered: 0, abstained: 0, failed: 0 };
  const context: BotContext = { engine, store, config, logger, database, sideWrites, cooldowns, counts };

  const inFlight = new InFlight();
  const route = createInteractionRouter(COMMANDS, context);
  client.on(Events.InteractionCreate, (interaction) => inFlight.track(route(interaction)));
  const handleMessage = createMessageHandler(client, context);
  client.on(Events.MessageCreate, (message) => inFlight.track(handleMessage(message)));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  const gateway = watchGateway(client, logger);

  const started = Date.now();
  const status = (): BotStatus => ({
    gateway: gateway.connected() ? 'up' : 'down',
    database: database.state,
    ...counts,
    inFlight: inFlight.size,
    buffered: sideWrites.buffered,
    dropped: sideWrites.dropped,
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20),
  });
  const statusLine = config.statusSeconds > 0 ? setInterval(() => logger.info('status', { ...status() }), config.statusSeconds * 1000) : null;
  statusLine?.unref();

  return {
    client,
    status,
    start: () =>
      new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, (ready) => {
          logger.info('ready', { user: ready.user.tag, guilds: ready.guilds.cache.size });
          resolve();
          // Done before the first question comes, not by its asker (see Isnad.warm).
          setImmediate(() => {
            const started = performance.now();
            const deferred = engine.warm();
            logger.info('engine warmed', { deferred, ms: Math.round(performance.now() - started) });
          });
        });
        client.login(config.token).catch(reject);
      }),
    async stop(graceMs = config.shutdownSeconds * 1000) {
      if (statusLine) clearInterval(statusLine);
      gateway.stopping();
      // destroy() is discord.js's way to close the gateway, so no new events come in. It also
      // clears the REST token, which the replies still in flight need: it is put back for them.
      await client.destroy();
      client.rest.setToken(config.token);
      const abandoned = await inFlight.finished(graceMs);
      if (abandoned > 0) logger.warn('handlers still running at shutdown were abandoned', { abandoned, graceSeconds: graceMs / 1000 });
      const unsaved = await sideWrites.close(SIDE_WRITE_FLUSH_MS);
      if (unsaved > 0) logger.warn('records not saved before shutdown', { unsaved, database: database.state });
    },
  };
}
