/** "Ask Isnad": a message context-menu command that answers the question in any message. */
import { ApplicationCommandType, ContextMenuCommandBuilder, type MessageContextMenuCommandInteraction } from 'discord.js';
import { replyWithAnswer } from './ask';
import type { CommandModule } from './types';

export const askMessage: CommandModule = {
  data: new ContextMenuCommandBuilder().setName('Ask Isnad').setType(ApplicationCommandType.Message),
  execute: (interaction, context) => replyWithAnswer(interaction, (interaction as MessageContextMenuCommandInteraction).targetMessage.content, context),
};
