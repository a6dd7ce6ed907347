/**
 * Questions in chat: a message that mentions the bot, a reply to one of its answers (a follow-up),
 * a direct message, or any question-like message in a configured ask channel. Answers are replies
 * that ping nobody.
 */
import type { Client, Message } from 'discord.js';
import { answerQuestion, type BotContext, takeTurn } from './context';
import { failureNotice } from './failures';
import { answerReply, notice, questionOf } from './render';
import { bothLanguages, UI } from './ui-text';

/** A question mark in either script, or a question word at the start. */
const QUESTION_LIKE = /[?؟]\s*$|^\s*(what|which|who|why|how|when|where|is|are|does|did|can|هل|ما|ماذا|لماذا|كيف|متى|أين|اين|مين|ايش|شو|وش|ليش)\b/iu;

function withoutMentions(content: string): string {
  return content
    .replace(/<@[!&]?\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createMessageHandler(client: Client, context: BotContext): (message: Message) => Promise<void> {
  return async (message) => {
    const me = client.user;
    if (!me || message.author.bot || message.author.id === me.id) return;
    try {
      const inDm = !message.inGuild();
      const mentioned = message.mentions.users.has(me.id);
      const referenced = message.reference?.messageId ? await message.fetchReference().catch(() => null) : null;
      const followsUp = referenced?.author.id === me.id;
      const inAskChannel = context.config.askChannelIds.includes(message.channelId) && QUESTION_LIKE.test(message.content);
      if (!inDm && !mentioned && !followsUp && !inAskChannel) return;

      const question = withoutMentions(message.content);
      if (!question) {
        // Empty content is also what a reply looks like without the message content intent:
        // only someone who called the bot by name or in a DM is told to write a question.
        if (mentioned || inDm) await message.reply(notice(bothLanguages((ui) => ui.emptyQuestion)));
        return;
      }
      const asker = { userId: message.author.id, guildId: message.guildId };
      const { wait, firstRefusal } = await takeTurn(context, asker);
      if (wait > 0) {
        const language = context.engine.languageOf(question);
        if (firstRefusal) await message.reply(notice(UI[language].cooldown(wait)));
        return;
      }
      const earlier = followsUp && referenced ? questionOf(referenced.embeds[0]) : undefined;
      await message.reply(answerReply(answerQuestion(context, question, asker, earlier)));
    } catch (error) {
      const text = failureNotice(error, context, context.engine.languageOf(message.content), { user: message.author.id, channel: message.channelId });
      await message.reply(notice(text)).catch(() => undefined);
    }
  };
}
