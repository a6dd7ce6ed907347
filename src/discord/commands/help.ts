/** /help — what the bot does and how to use it, in both languages. */
import { EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { directional } from '../bidi';
import { privately } from '../render';
import type { CommandModule } from './types';

const HELP = {
  en: [
    'I answer questions about one news report (DeepSeek, Huawei and Nvidia chips), in Arabic or English, and cite the paragraph (¶) each answer comes from.',
    '• `/ask question:` — ask; suggestions appear as you type.',
    '• Mention me, reply to one of my answers, or DM me.',
    '• Right-click a message → Apps → **Ask Isnad**.',
    '• `/source` — the report and its paragraph numbers.',
    '• `/suggest` — propose a fact for the moderators to review.',
    'When the report does not say, I say so rather than guess.',
  ],
  ar: [
    'أجيب عن الأسئلة حول تقرير إخباري واحد (ديب سيك وشرائح هواوي وإنفيديا) بالعربية أو الإنجليزية، مع ذكر رقم الفقرة التي جاءت منها كل إجابة.',
    '• `/ask` — اسأل، وستظهر اقتراحات أثناء الكتابة.',
    '• اذكرني في رسالة، أو رُدّ على إحدى إجاباتي، أو راسلني مباشرة.',
    '• انقر بزر الفأرة الأيمن على رسالة ← التطبيقات ← **اسأل إسناد**.',
    '• `/source` — التقرير وترقيم فقراته.',
    '• `/suggest` — اقترح حقيقة ليراجعها المشرفون.',
    'إذا لم يذكر التقرير شيئًا أقول ذلك بدل التخمين.',
  ],
};

export const help: CommandModule = {
  data: new SlashCommandBuilder().setName('help').setDescription('How to use Isnad'),
  async execute(interaction) {
    const embed = new EmbedBuilder()
      .setTitle('Isnad · إسناد')
      .addFields({ name: 'English', value: HELP.en.join('\n') }, { name: directional('العربية', 'ar'), value: directional(HELP.ar.join('\n'), 'ar') });
    await interaction.reply(privately({ embeds: [embed] }));
  },
};
