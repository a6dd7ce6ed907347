/**
 * The Discord adapter: a discord.js client wired to the core through the handlers. It knows how
 * to log in and out; what to say lives in the commands, the core and the renderers.
 *
 * Where things live in this folder:
 * - commands/        one file per slash or context-menu command (builder and handlers); index.ts
 *                    lists them, deploy-commands.ts registers them with Discord
 * - router.ts        interactions to their command, button or modal handler; chat.ts, messages
 * - context.ts       what every handler gets (engine, store, configuration, logger)
 * - render.ts        how an answer looks; answer-buttons.ts, the buttons under it; bidi.ts,
 *                    right-to-left text; ui-text.ts, what the bot says besides answers
 * - fact-views.ts    what /fact shows; fact-forms.ts, the add / edit / suggest form
 * - custom-id.ts     what buttons and modals carry; config.ts, logger.ts
 * - main.ts          `npm start`; sharded.ts, `npm run start:sharded`
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Isnad } from '../core/engine';
import type { Store } from '../store/store';
import { createMessageHandler } from './chat';
import { COMMANDS } from './commands';
import type { BotConfig } from './config';
import type { BotContext } from './context';
import type { Logger } from './logger';
import { NO_MENTIONS } from './render';
import { createInteractionRouter } from './router';

export interface Bot {
  client: Client;
  /** Logs in; resolves once the gateway says READY. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBot(config: BotConfig, core: { engine: Isnad; store: Store }, logger: Logger): Bot {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  // Reading every message in ask channels needs the privileged intent; mentions and DMs do not.
  if (config.askChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: config.apiBase ? { api: config.apiBase } : {},
    ...(config.shardCount !== null
      ? { shardCount: config.shardCount, shards: config.shardIds ?? Array.from({ length: config.shardCount }, (_, shard) => shard) }
      : {}),
  });
  const context: BotContext = { ...core, config, logger };
  const route = createInteractionRouter(COMMANDS, context);
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  const handleMessage = createMessageHandler(client, context);
  client.on(Events.MessageCreate, (message) => void handleMessage(message));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.ShardDisconnect, (_event, shard) => logger.warn('gateway disconnected', { shard }));
  client.on(Events.ShardResume, (shard) => logger.info('gateway resumed', { shard }));

  return {
    client,
    start: () =>
      new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, (ready) => {
          logger.info('ready', { user: ready.user.tag, guilds: ready.guilds.cache.size });
          resolve();
        });
        client.login(config.token).catch(reject);
      }),
    async stop() {
      await client.destroy();
    },
  };
}
