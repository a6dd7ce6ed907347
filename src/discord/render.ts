/**
 * How an answer looks in Discord: an embed in the asker's language (the answer, numbered
 * citations, the facts' ids for moderators) and buttons (other language, helpful / not helpful,
 * delete). When the bot abstains: the report doesn't say, and "did you mean" buttons.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  escapeMarkdown,
  MessageFlags,
  type InteractionReplyOptions,
  type MessageCreateOptions,
} from 'discord.js';
import { MESSAGES } from '../core/answer/messages';
import { distinctCitations, formatCitation, suggestionsHeading } from '../core/answer/render-text';
import { truncate } from '../core/text/truncate';
import type { Answer, Language } from '../core/types';
import { directional, isolate } from './bidi';
import { customId } from './custom-id';
import { UI } from './ui-text';

/** Every message the bot sends parses no mentions: quoting "@everyone" must stay harmless. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

const COLOR_ANSWER = 0x2f855a;
const COLOR_ABSTAIN = 0xb7791f;
/** Discord's limits for an embed description and a button label. */
const DESCRIPTION_LIMIT = 4000;
const LABEL_LIMIT = 80;
/** Discord refuses a message whose embeds hold more than this many characters in all. */
export const MESSAGE_EMBEDS_LIMIT = 6000;

/** The characters of an embed that count towards Discord's per-message total. */
export function embedLength({ data }: EmbedBuilder): number {
  const fields = (data.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (data.title?.length ?? 0) + (data.description?.length ?? 0) + (data.author?.name.length ?? 0) + (data.footer?.text.length ?? 0) + fields;
}

/** Embeds whose descriptions are cut, each in proportion to its length, until together they fit in one message. */
export function fitEmbeds(embeds: EmbedBuilder[]): EmbedBuilder[] {
  const excess = embeds.reduce((sum, embed) => sum + embedLength(embed), 0) - MESSAGE_EMBEDS_LIMIT;
  const descriptions = embeds.reduce((sum, embed) => sum + (embed.data.description?.length ?? 0), 0);
  if (excess <= 0 || descriptions === 0) return embeds;
  for (const embed of embeds) {
    const description = embed.data.description ?? '';
    const cut = Math.ceil((excess * description.length) / descriptions);
    if (description) embed.setDescription(truncate(description, Math.max(1, description.length - cut)));
  }
  return embeds;
}

export { truncate };

/**
 * Text from people or moderators, shown as they wrote it: every markdown mark is escaped
 * (bold, code, spoilers, masked links, mentions' and timestamps' angle brackets), and so is what
 * starts a line (headings, subtext, quotes, lists), so nobody can make a fact or a suggestion look
 * like the bot's own words or a link lead elsewhere than it shows. Line breaks are kept.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text)
    .replace(/[[\]<]/g, '\\$&')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}

/** Text from people or moderators on one line, escaped and cut to `limit`. */
export function safeText(text: string, limit: number): string {
  const escaped = escapeText(text.replace(/\s+/g, ' ').trim());
  if (escaped.length <= limit) return escaped;
  // A cut between an escape and what it escapes would leave a backslash escaping what follows.
  const kept = truncate(escaped, limit - 1, '');
  return `${/(^|[^\\])(\\\\)*\\$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}

/** The fact ids shown in the footer: moderators edit facts by these, and buttons read them back. */
const FOOTER_PREFIX = 'Isnad · ';

/** The question an answer embed was for: its author line, without the isolate marks put around it. */
export function questionOf(embed: { author?: { name: string } | null } | undefined): string {
  return (embed?.author?.name ?? '').replace(/[\u2066-\u2069]/g, '');
}

export function factIdsFromFooter(footer: string | undefined | null): string[] {
  if (!footer?.startsWith(FOOTER_PREFIX)) return [];
  return footer
    .slice(FOOTER_PREFIX.length)
    .split(' · ')
    .filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id));
}

export function answerEmbed(answer: Answer): EmbedBuilder {
  const { language } = answer;
  const ui = UI[language];
  const embed = new EmbedBuilder()
    .setColor(answer.answered ? COLOR_ANSWER : COLOR_ABSTAIN)
    .setAuthor({ name: isolate(truncate(answer.question.replace(/\s+/g, ' ').trim() || '…', 250)) });
  if (answer.answered) {
    const lines = answer.facts.map((item) => `${safeText(item.fact[language], 1000)} [${item.citation.number}]`);
    const intro = answer.summary ? MESSAGES[language].summaryIntro(answer.facts[0].citation.source) : '';
    const body = (intro ? [safeText(intro, 300), ...lines] : lines).join('\n');
    if (answer.summary) embed.setTitle(ui.summaryTitle);
    const sources = distinctCitations(answer)
      .map((citation) => safeText(formatCitation(citation, language), 300))
      .join('\n');
    embed
      .setDescription(truncate(directional(body, language), DESCRIPTION_LIMIT))
      .addFields({ name: directional(MESSAGES[language].sources, language), value: truncate(directional(sources, language), 1024) })
      .setFooter({ text: `${FOOTER_PREFIX}${answer.facts.map((item) => item.fact.id).join(' · ')}` });
  } else {
    const lines = [answer.text];
    if (answer.facts.length > 0) {
      lines.push('', suggestionsHeading(answer), ...answer.facts.map((item, i) => `${i + 1}. ${safeText(item.fact[language], 300)}`));
    }
    embed.setDescription(truncate(directional(lines.join('\n'), language), DESCRIPTION_LIMIT)).setFooter({ text: ui.unansweredFooter });
  }
  return embed;
}

/**
 * The buttons under a reply. A reply to several questions carries one row for all of them (the
 * other language, helpful / not helpful, delete), or the first unanswered question's picks when
 * none was answered.
 */
export function answerButtons(answer: Answer): ActionRowBuilder<ButtonBuilder>[] {
  const ui = UI[answer.language];
  if (!answer.answered) {
    if (answer.facts.length === 0) return [];
    return [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        answer.facts.map((item, i) =>
          new ButtonBuilder()
            .setCustomId(customId('suggested', item.fact.id, answer.language))
            .setStyle(ButtonStyle.Secondary)
            .setLabel(truncate(`${i + 1}. ${item.fact[answer.language]}`, LABEL_LIMIT)),
        ),
      ),
    ];
  }
  const other: Language = answer.language === 'ar' ? 'en' : 'ar';
  return [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(customId('flip', other)).setStyle(ButtonStyle.Primary).setLabel(UI[other].languageName),
      new ButtonBuilder()
        .setCustomId(customId('vote', 'up', answer.language))
        .setStyle(ButtonStyle.Success)
        .setEmoji('👍')
        .setLabel(ui.helpful),
      new ButtonBuilder()
        .setCustomId(customId('vote', 'down', answer.language))
        .setStyle(ButtonStyle.Secondary)
        .setEmoji('👎')
        .setLabel(ui.notHelpful),
      new ButtonBuilder().setCustomId(customId('delete', answer.language)).setStyle(ButtonStyle.Danger).setEmoji('🗑️').setLabel(ui.delete),
    ),
  ];
}

/** The full reply for an answer, for an interaction or a chat message. */
export function answerReply(answer: Answer): InteractionReplyOptions & MessageCreateOptions {
  return { ...answerUpdate(answer), allowedMentions: NO_MENTIONS };
}

/**
 * The same answer, replacing the message it is on (the asker flipping its language). A message
 * that asked several questions gets one embed per question, each with its own citations.
 */
export function answerUpdate(answer: Answer) {
  return { embeds: fitEmbeds((answer.parts ?? [answer]).map(answerEmbed)), components: answerButtons(answer) };
}

/** Discord's limit for a message's content. */
export const CONTENT_LIMIT = 2000;

/** A short notice (cooldown, refusal, confirmation), safe from mentions. */
export function notice(text: string): { content: string; allowedMentions: typeof NO_MENTIONS } {
  return { content: truncate(text, CONTENT_LIMIT), allowedMentions: NO_MENTIONS };
}

/** A reply only the person who triggered it sees. */
export function privately<T extends object>(payload: T): T & { flags: MessageFlags.Ephemeral } {
  return { ...payload, flags: MessageFlags.Ephemeral };
}

export function privateNotice(text: string) {
  return privately(notice(text));
}
