/**
 * `npm run deploy-commands`: registers the slash and context-menu commands with Discord, in
 * DISCORD_GUILD_ID when set (instant, for trying things out) or globally (can take up to an hour
 * to appear). Run it again after changing a command's options; the bot itself never does.
 */
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { COMMANDS } from './commands';
import { runCli } from '../cli/run';
import { loadConfig } from './config';

runCli('Usage: npm run deploy-commands (configure it in .env; see .env.example)', async () => {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const body = COMMANDS.map((command) => command.data.toJSON());
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const registered = (await rest.put(route, { body })) as unknown[];
  console.log(`Registered ${registered.length} commands ${config.guildId ? `in server ${config.guildId}` : 'globally'}.`);
});
