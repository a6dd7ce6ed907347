/**
 * Routes every interaction to its command, button, modal or select-menu handler. A handler that fails never
 * takes the bot down: a refusal the person can act on (a bad field, an unknown id) is shown as
 * it is; anything else is logged with an error id and the person gets an apology with that id.
 */
import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import { isRefusal } from '../core/knowledge/validate';
import type { BotContext } from './context';
import { parseCustomId } from './custom-id';
import { type RateLimit, RateLimiter } from './rate-limit';
import { CONTENT_LIMIT, escapeText, privateNotice, safeText, truncate } from './render';
import type { ButtonHandler, CommandModule, ModalHandler, SelectHandler } from './commands/types';
import { answerButtons } from './answer-buttons';
import { bothLanguages } from './ui-text';

/**
 * Autocomplete requests per user: Discord sends one per keystroke once typing pauses, so a person
 * rarely needs more than a few a second; a script sending hundreds gets empty lists.
 */
export const AUTOCOMPLETE_LIMIT: RateLimit = { burst: 5, perSecond: 4 };

export function createInteractionRouter(commands: CommandModule[], context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const buttons: Record<string, ButtonHandler> = Object.assign({}, answerButtons, ...commands.map((command) => command.buttons ?? {}));
  const modals: Record<string, ModalHandler> = Object.assign({}, ...commands.map((command) => command.modals ?? {}));
  const selects: Record<string, SelectHandler> = Object.assign({}, ...commands.map((command) => command.selects ?? {}));

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

async function reportFailure(interaction: Interaction, error: unknown, context: BotContext): Promise<void> {
  let message: string;
  if (isRefusal(error)) {
    // Refusals quote what was sent (an id, a line of a file): shown as text, never as markdown.
    message = escapeText(truncate(error.message, CONTENT_LIMIT));
    context.logger.info('request refused', { user: interaction.user.id, reason: error.message });
  } else {
    const errorId = randomBytes(4).toString('hex');
    message = bothLanguages((ui) => ui.failure(errorId));
    context.logger.error('handler failed', { errorId, user: interaction.user.id, interaction: interaction.type, error });
  }
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
