/**
 * /suggest — anyone proposes a fact; the moderators of the server it was made in (a home server's,
 * for a direct message) approve or reject it with /fact review. One suggestion per person per
 * SUGGEST_COOLDOWN_SECONDS, and at most MAX_PENDING_SUGGESTIONS waiting, so nobody can bury the
 * review queue.
 */
import { SlashCommandBuilder } from 'discord.js';
import { NO_GUILD } from '../../store/types';
import { actorOf } from '../context';
import { customId } from '../custom-id';
import { citationOf, factModal } from '../fact-forms';
import { privateNotice } from '../render';
import type { CommandModule } from './types';

export const SUGGEST_COOLDOWN_SECONDS = 30;

const THANKS = {
  en: (id: number) => `Thanks! Suggestion #${id} is waiting for a moderator's review.`,
  ar: (id: number) => `شكرًا! الاقتراح رقم ${id} بانتظار مراجعة المشرفين.`,
};

export const suggest: CommandModule = {
  data: new SlashCommandBuilder().setName('suggest').setDescription('Suggest a fact from the report for the moderators to review'),
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
        interaction.guildId ?? NO_GUILD,
        SUGGEST_COOLDOWN_SECONDS,
      );
      const language = field('en') ? 'en' : 'ar';
      await interaction.reply(privateNotice(THANKS[language](suggestion.id)));
    },
  },
};
