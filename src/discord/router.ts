/**
 * Routes every interaction to its command, button or modal handler. A handler that fails never
 * takes the bot down: a refusal the person can act on (a bad field, an unknown id) is shown as
 * it is; anything else is logged with an error id and the person gets an apology with that id.
 */
import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import { isRefusal } from '../core/knowledge/validate';
import type { BotContext } from './context';
import { parseCustomId } from './custom-id';
import { privateNotice } from './render';
import type { ButtonHandler, CommandModule, ModalHandler } from './commands/types';
import { answerButtons } from './answer-buttons';
import { bothLanguages } from './ui-text';

export function createInteractionRouter(commands: CommandModule[], context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const buttons: Record<string, ButtonHandler> = Object.assign({}, answerButtons, ...commands.map((command) => command.buttons ?? {}));
  const modals: Record<string, ModalHandler> = Object.assign({}, ...commands.map((command) => command.modals ?? {}));

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      await byName.get(interaction.commandName)?.autocomplete?.(interaction, context);
    } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = byName.get(interaction.commandName);
      if (command) await command.execute(interaction, context);
      else await interaction.reply(privateNotice(`Unknown command: ${interaction.commandName}`));
    } else if (interaction.isButton() || interaction.isModalSubmit()) {
      const parsed = parseCustomId(interaction.customId);
      const handler = parsed && (interaction.isButton() ? buttons[parsed.action] : modals[parsed.action]);
      if (parsed && handler) await (handler as ButtonHandler & ModalHandler)(interaction as never, parsed.args, context);
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
    message = error.message;
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
