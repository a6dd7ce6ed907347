/** /source — the report: its title, the outlet it relays, its sections and how citations work, in both languages. */
import { EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import type { Source } from '../../core/types';
import { directional } from '../bidi';
import { NO_MENTIONS, truncate } from '../render';
import type { CommandModule } from './types';

const HOW_TO_CITE = {
  en: 'Every answer cites the report by paragraph: ¶N is the N-th paragraph of the article, counted as below.',
  ar: 'كل إجابة تستشهد بالتقرير برقم الفقرة: الفقرة N هي الفقرة رقم N من المقال بحسب الترقيم أدناه.',
} as const;

export function sourceEmbed(source: Source, language: 'ar' | 'en'): EmbedBuilder {
  const lines = source.sections.map((section) => {
    const range = section.paragraphs.map((n) => `¶${n}`).join(', ');
    const glosses = section.paragraphs
      .map((n) => source.paragraphs.find((p) => p.number === n))
      .map((p) => (p ? `¶${p.number} ${p.gloss[language]}` : ''))
      .join('\n');
    return `**${section.heading[language]}** (${range})\n${glosses}`;
  });
  const outlet = source.outlet ? (language === 'ar' ? `نقلًا عن ${source.outlet.ar}` : `Relaying ${source.outlet.en}`) : '';
  return new EmbedBuilder()
    .setTitle(truncate(source.title[language], 256))
    .setDescription(truncate(directional([...[outlet, HOW_TO_CITE[language]].filter(Boolean), '', ...lines].join('\n'), language), 4000));
}

export const source: CommandModule = {
  data: new SlashCommandBuilder().setName('source').setDescription('The report this bot answers from, and how its citations work'),
  async execute(interaction, context) {
    const report = context.engine.primarySource();
    await interaction.reply({ embeds: report ? [sourceEmbed(report, 'en'), sourceEmbed(report, 'ar')] : [], allowedMentions: NO_MENTIONS });
  },
};
