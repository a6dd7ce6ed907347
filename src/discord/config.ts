/**
 * The bot's configuration, read from the environment (and `.env` through dotenv). Validated at
 * start: a missing or malformed variable is named with what to put there, before anything
 * connects to Discord.
 */
import { isWebAddress } from '../core/knowledge/fields';

export interface BotConfig {
  token: string;
  clientId: string;
  /** Register commands in this guild only (instant, for testing); global when absent. */
  guildId: string | null;
  /** REST base address, e.g. https://discord.com/api; tests and proxies point it elsewhere. */
  apiBase: string | null;
  /**
   * Roles whose members moderate (each role id belongs to one server); in a server with none of
   * them, members with Manage Server moderate.
   */
  moderatorRoleIds: string[];
  /** Servers whose moderators change the shared knowledge every server sees; any other changes only its own view. */
  homeGuildIds: string[];
  /** Channels where every question-like message is answered (needs the message content intent). */
  askChannelIds: string[];
  cooldownSeconds: number;
  /**
   * Sharding: how many shards the bot has in all, and which of them this process runs (all of
   * them when `shardIds` is null). Null count: one shard, unless discord.js's ShardingManager
   * started this process and says otherwise.
   */
  shardCount: number | null;
  shardIds: number[] | null;
  /** Seconds between status lines in the log (gateway, database, counts); 0: none. */
  statusSeconds: number;
  /** On SIGTERM / SIGINT, how long handlers still running may take to finish. */
  shutdownSeconds: number;
}

export class ConfigError extends Error {
  /** Marks it as a message for people (see src/cli/run.ts), not a bug. */
  readonly code = 'ISNAD_CONFIG';
  constructor(readonly problems: string[]) {
    super(
      `The bot's configuration is incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee .env.example and the README's "Running it on Discord".`,
    );
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

function idList(name: string, value: string | undefined, problems: string[]): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const bad = ids.filter((id) => !SNOWFLAKE.test(id));
  if (bad.length > 0) problems.push(`${name} must be a comma-separated list of Discord ids (numbers); not: ${bad.join(', ')}`);
  return ids;
}

/** What the command registration script needs: no gateway options. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const problems: string[] = [];
  const required = (name: string, what: string) => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is missing: ${what}`);
    return value ?? '';
  };
  const token = required('DISCORD_TOKEN', "the bot's token (Developer Portal → your application → Bot → Reset Token)");
  const clientId = required('DISCORD_CLIENT_ID', 'the application id (Developer Portal → General Information → Application ID)');
  if (clientId && !SNOWFLAKE.test(clientId)) problems.push('DISCORD_CLIENT_ID must be the numeric application id');
  const guildId = env.DISCORD_GUILD_ID?.trim() || null;
  if (guildId && !SNOWFLAKE.test(guildId)) problems.push('DISCORD_GUILD_ID must be a numeric server id, or left empty');
  const apiBase = env.DISCORD_API_BASE?.trim() || null;
  if (apiBase && !isWebAddress(apiBase)) problems.push('DISCORD_API_BASE must be an http(s) address, or left empty');
  const seconds = (name: string, fallback: string, what: string) => {
    const value = Number(env[name]?.trim() || fallback);
    if (!Number.isFinite(value) || value < 0) problems.push(`${name} must be a number of seconds${what}`);
    return value;
  };
  const cooldownSeconds = seconds('COOLDOWN_SECONDS', '3', ' (0 turns the cooldown off)');
  const statusSeconds = seconds('STATUS_LOG_SECONDS', '60', ' (0 turns the status line off)');
  const shutdownSeconds = seconds('SHUTDOWN_TIMEOUT_SECONDS', '10', '');
  const shardCount = env.SHARD_COUNT?.trim() ? Number(env.SHARD_COUNT) : null;
  if (shardCount !== null && (!Number.isInteger(shardCount) || shardCount < 1))
    problems.push('SHARD_COUNT must be a whole number of shards (1 or more), or left empty');
  // discord.js's ShardingManager tells each process its shards in SHARDS.
  const shardList = env.SHARD_IDS?.trim() || env.SHARDS?.trim();
  const shardIds = shardList ? shardList.split(',').map((id) => Number(id.trim())) : null;
  if (shardIds && (shardCount === null || shardIds.some((id) => !Number.isInteger(id) || id < 0 || id >= shardCount))) {
    problems.push('SHARD_IDS must list shard numbers from 0 to SHARD_COUNT - 1, and needs SHARD_COUNT');
  }
  const config: BotConfig = {
    token,
    clientId,
    guildId,
    apiBase,
    moderatorRoleIds: idList('MODERATOR_ROLE_IDS', env.MODERATOR_ROLE_IDS, problems),
    homeGuildIds: idList('HOME_GUILD_IDS', env.HOME_GUILD_IDS, problems),
    askChannelIds: idList('ASK_CHANNEL_IDS', env.ASK_CHANNEL_IDS, problems),
    cooldownSeconds,
    shardCount,
    shardIds,
    statusSeconds,
    shutdownSeconds,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
