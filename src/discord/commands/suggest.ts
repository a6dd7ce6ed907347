/** /suggest — anyone proposes a fact; moderators approve or reject it with /fact review. */
import { SlashCommandBuilder } from 'discord.js';
import { actorOf } from '../context';
import { customId } from '../custom-id';
import { citationOf, factModal } from '../fact-forms';
import { privateNotice } from '../render';
import type { CommandModule } from './types';

const THANKS = {
  en: (id: number) => `Thanks! Suggestion #${id} is waiting for a moderator's review.`,
  ar: (id: number) => `شكرًا! الاقتراح رقم ${id} بانتظار مراجعة المشرفين.`,
};

export const suggest: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('suggest')
    .setDescription('Suggest a fact from the report for the moderators to review'),
  async execute(interaction) {
    await interaction.showModal(factModal(customId('suggestion'), 'Suggest a fact', {}, false));
  },
  modals: {
    async suggestion(interaction, _args, context) {
      const field = (id: string) => interaction.fields.getTextInputValue(id).trim();
      const citation = citationOf(field('source'));
      const suggestion = await context.store.addSuggestion(
        { en: field('en'), ar: field('ar'), paragraph: citation.paragraph ?? null, url: citation.url ?? null },
        actorOf(interaction.user),
      );
      const language = field('en') ? 'en' : 'ar';
      await interaction.reply(privateNotice(THANKS[language](suggestion.id)));
    },
  },
};
