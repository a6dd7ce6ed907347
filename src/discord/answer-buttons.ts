/**
 * The buttons under an answer: show it in the other language, helpful / not helpful, delete, and
 * the "did you mean" picks under an abstention. Buttons read the facts from the message itself
 * (the footer lists their ids), so they keep working after a restart; a client can forge a
 * message's ids, so only facts the presser's server may be told of are ever shown or voted on.
 */
import type { ButtonInteraction } from 'discord.js';
import { combineParts } from '../core/answer/compose';
import type { Language } from '../core/types';
import { NO_GUILD } from '../store/types';
import { actorOf, isModerator } from './context';
import { answerReply, answerUpdate, factIdsFromFooter, privately, privateNotice, questionOf } from './render';
import type { ButtonHandler } from './commands/types';
import { UI } from './ui-text';

interface Shown {
  question: string;
  factIds: string[];
  summary: boolean;
}

/** What each embed of an answer message shows: a reply to several questions has one embed per question. */
function shownAnswers(interaction: ButtonInteraction): Shown[] {
  return interaction.message.embeds.map((embed) => ({
    question: questionOf(embed),
    factIds: factIdsFromFooter(embed.footer?.text),
    summary: Boolean(embed.title),
  }));
}

const isLanguage = (value: string | undefined): value is Language => value === 'ar' || value === 'en';

/**
 * Who asked the question an answer message answers: the user of the /ask (or "Ask Isnad") it
 * replies to, or the author of the chat message it is a reply to. Read from the message Discord
 * sends with the interaction, never from the button's custom id, which a client can forge.
 */
async function askerOf(message: ButtonInteraction['message']): Promise<string | undefined> {
  const asker = message.interactionMetadata?.user.id ?? message.mentions.repliedUser?.id;
  if (asker || !message.reference) return asker;
  return (await message.fetchReference().catch(() => null))?.author.id;
}

export const answerButtons: Record<string, ButtonHandler> = {
  /** The asker flips the answer in place; anyone else gets their own copy in that language. */
  async flip(interaction, [language], context) {
    const shown = shownAnswers(interaction);
    if (!isLanguage(language) || shown.every((part) => part.factIds.length === 0)) {
      await interaction.reply(privateNotice(UI.en.noFactsShown));
      return;
    }
    const where = { guildId: interaction.guildId };
    const parts = shown.map((part) => context.engine.answerWith(part.question, language, part.factIds, where, { summary: part.summary }));
    const answer = parts.length === 1 ? parts[0] : combineParts(parts.map((part) => part.question).join(' '), language, parts);
    if ((await askerOf(interaction.message)) === interaction.user.id) await interaction.update(answerUpdate(answer));
    else await interaction.reply(privately(answerReply(answer)));
  },

  /** One vote for the reply: it counts for the fact each answered question rests on. */
  async vote(interaction, [direction, language], context) {
    const ui = UI[isLanguage(language) ? language : 'en'];
    // Written behind the reply, like every record that is not knowledge: a fact removed meanwhile,
    // or one this server may not see (a forged footer), takes no votes.
    const guildId = interaction.guildId ?? NO_GUILD;
    const voted = shownAnswers(interaction).filter(
      (part) => part.factIds.length > 0 && context.engine.isVisible(part.factIds[0], { guildId: interaction.guildId }),
    );
    if (voted.length === 0) {
      await interaction.reply(privateNotice(ui.noFactsShown));
      return;
    }
    for (const { question, factIds } of voted) {
      context.sideWrites.record({
        type: 'feedback',
        factId: factIds[0],
        userId: interaction.user.id,
        helpful: direction === 'up',
        question: question || null,
        guildId,
      });
      context.logger.info('feedback recorded', { fact: factIds[0], helpful: direction === 'up' });
    }
    await interaction.reply(privateNotice(ui.thanks));
  },

  /** The asker or a moderator; older answers carried the asker's id before the language. */
  async delete(interaction, args, context) {
    const language = args.at(-1);
    if ((await askerOf(interaction.message)) !== interaction.user.id && !isModerator(interaction, context.config)) {
      await interaction.reply(privateNotice(UI[isLanguage(language) ? language : 'en'].notYours));
      return;
    }
    await interaction.deferUpdate();
    await interaction.message.delete();
    context.logger.info('answer deleted', { by: actorOf(interaction.user).id });
  },

  /** A "did you mean" pick: that fact as an answer, for the person who picked it. */
  async suggested(interaction, [factId, picked], context) {
    const question = shownAnswers(interaction)[0]?.question ?? '';
    const language = isLanguage(picked) ? picked : context.engine.languageOf(question);
    const answer = context.engine.answerWith(question, language, [factId], { guildId: interaction.guildId });
    await interaction.reply(privately(answerReply(answer)));
  },
};
