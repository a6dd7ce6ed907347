/** /ask question: — the answer as an embed; autocomplete suggests matching facts while typing. */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../core/engine';
import { answerQuestion, type BotContext, takeTurn } from '../context';
import { answerButtons } from '../answer-buttons';
import { answerReply, privateNotice, truncate } from '../render';
import { bothLanguages, UI } from '../ui-text';
import type { CommandModule } from './types';

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the report, in Arabic or English')
  .addStringOption((option) =>
    option.setName('question').setDescription('Your question').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH).setAutocomplete(true),
  );

/** Answers `question` for `interaction`, politely refusing while the asker is cooling down. */
export async function replyWithAnswer(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  question: string,
  context: BotContext,
): Promise<void> {
  if (!question.trim()) {
    await interaction.reply(privateNotice(bothLanguages((ui) => ui.emptyQuestion)));
    return;
  }
  const asker = { userId: interaction.user.id, guildId: interaction.guildId };
  const { wait } = await takeTurn(context, asker);
  if (wait > 0) {
    await interaction.reply(privateNotice(UI[context.engine.languageOf(question)].cooldown(wait)));
    return;
  }
  await interaction.reply(answerReply(answerQuestion(context, question, asker)));
}

async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const partial = interaction.options.getFocused();
  const choices = partial.trim().length < 2 ? [] : context.engine.suggest(partial, 10, { guildId: interaction.guildId });
  await interaction.respond(
    choices.map(({ fact, language }) => {
      const text = truncate(fact[language], 100);
      return { name: text, value: text };
    }),
  );
}

export const ask: CommandModule = {
  data,
  execute: (interaction, context) => replyWithAnswer(interaction, (interaction as ChatInputCommandInteraction).options.getString('question', true), context),
  autocomplete,
  buttons: answerButtons,
};
