/**
 * Routes every interaction to its command, button, modal or select-menu handler. A handler that
 * fails never takes the bot down: the person is told privately what failed (see failures.ts), in
 * the language they wrote in.
 */
import type { CommandInteractionOption, Interaction } from 'discord.js';
import type { Language } from '../core/types';
import type { BotContext } from './context';
import { parseCustomId } from './custom-id';
import { failureNotice } from './failures';
import { type RateLimit, RateLimiter } from './rate-limit';
import { privateNotice, safeText } from './render';
import type { ButtonHandler, CommandModule, ModalHandler, SelectHandler } from './commands/types';
import { answerButtons } from './answer-buttons';

/**
 * Autocomplete requests per user: Discord sends one per keystroke once typing pauses, so a person
 * rarely needs more than a few a second; a script sending hundreds gets empty lists.
 */
export const AUTOCOMPLETE_LIMIT: RateLimit = { burst: 5, perSecond: 4 };

export function createInteractionRouter(commands: CommandModule[], context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const buttons: Record<string, ButtonHandler> = Object.fromEntries(
    [answerButtons, ...commands.map((command) => command.buttons ?? {})].flatMap(Object.entries),
  );
  const modals: Record<string, ModalHandler> = Object.fromEntries(commands.flatMap((command) => Object.entries(command.modals ?? {})));
  const selects: Record<string, SelectHandler> = Object.fromEntries(commands.flatMap((command) => Object.entries(command.selects ?? {})));

  const autocompletes = new RateLimiter(AUTOCOMPLETE_LIMIT);

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      // Suggestions are a nicety: past its share, a user gets none, and nobody else waits.
      if (!autocompletes.take(interaction.user.id)) await interaction.respond([]);
      else await byName.get(interaction.commandName)?.autocomplete?.(interaction, context);
    } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = byName.get(interaction.commandName);
      if (command) await command.execute(interaction, context);
      else await interaction.reply(privateNotice(`Unknown command: ${safeText(interaction.commandName, 100)}`));
    } else if (interaction.isButton() || interaction.isModalSubmit() || interaction.isStringSelectMenu()) {
      const parsed = parseCustomId(interaction.customId);
      const handlers = interaction.isButton() ? buttons : interaction.isModalSubmit() ? modals : selects;
      const handler = parsed && handlers[parsed.action];
      if (parsed && handler) await (handler as ButtonHandler & ModalHandler & SelectHandler)(interaction as never, parsed.args, context);
      else await interaction.reply(privateNotice('This button is no longer in use; please ask again.'));
    }
  }

  return async (interaction) => {
    try {
      await route(interaction);
    } catch (error) {
      await reportFailure(interaction, error, context);
    }
  };
}

/** Every string option, however deep in subcommands. */
function typedOptions(options: readonly CommandInteractionOption[]): string[] {
  return options.flatMap((option) => [...(typeof option.value === 'string' ? [option.value] : []), ...typedOptions(option.options ?? [])]);
}

/**
 * The language of what the person wrote in words in this request (options, form fields, the
 * message they asked about); null when they wrote none (an id is no language), or wrote both.
 */
function askerLanguage(interaction: Interaction, context: BotContext): Language | null {
  let typed: string[] = [];
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) typed = typedOptions(interaction.options.data);
  else if (interaction.isMessageContextMenuCommand()) typed = [interaction.targetMessage.content];
  else if (interaction.isModalSubmit())
    typed = [...interaction.fields.fields.values()].flatMap((field) => ('value' in field && typeof field.value === 'string' ? [field.value] : []));
  const languages = new Set(typed.filter((text) => /\S\s+\S/.test(text)).map((text) => context.engine.languageOf(text)));
  return languages.size === 1 ? [...languages][0] : null;
}

async function reportFailure(interaction: Interaction, error: unknown, context: BotContext): Promise<void> {
  const message = failureNotice(error, context, askerLanguage(interaction, context), { user: interaction.user.id, interaction: interaction.type });
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.replied || interaction.deferred) {
      await interaction.followUp(privateNotice(message));
    } else {
      await interaction.reply(privateNotice(message));
    }
  } catch (replyError) {
    context.logger.warn('could not tell the user about a failure', { error: replyError });
  }
}
