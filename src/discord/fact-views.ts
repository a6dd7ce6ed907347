/**
 * What /fact shows moderators: a fact with its citation, status and votes; a page of the list;
 * a fact's history with undo buttons; the removal prompt; the unanswered questions; the next
 * suggestion to review. Views only read: the handlers in commands/fact.ts decide and write.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import type { StoredFact, Suggestion, UnansweredQuestion } from '../store/types';
import { directional } from './bidi';
import type { BotContext } from './context';
import { customId } from './custom-id';
import { NO_MENTIONS, safeText, truncate } from './render';

const PAGE_SIZE = 10;
const HISTORY_BUTTONS = 5;

async function citationText(fact: StoredFact, context: BotContext): Promise<string> {
  const source = context.engine.source(fact.sourceId) ?? (await context.store.getSource(fact.sourceId));
  const where = fact.paragraph !== null ? `¶${fact.paragraph}` : (source?.url ?? '');
  return `${source?.title.en ?? fact.sourceId} ${where}`.trim();
}

export async function factEmbed(fact: StoredFact, context: BotContext): Promise<EmbedBuilder> {
  const votes = await context.store.feedbackFor(fact.id);
  return new EmbedBuilder()
    .setTitle(fact.id)
    .setDescription(truncate(`${safeText(fact.en, 1000)}\n\n${directional(safeText(fact.ar, 1000), 'ar')}`, 4000))
    .addFields(
      { name: 'Cites', value: safeText(await citationText(fact, context), 1024), inline: true },
      { name: 'Status', value: fact.status, inline: true },
      { name: 'Feedback', value: `👍 ${votes.helpful} · 👎 ${votes.notHelpful}`, inline: true },
      { name: 'Aliases', value: fact.aliases.length > 0 ? safeText(fact.aliases.join(' · '), 1024) : '—' },
      { name: 'Added', value: `${safeText(fact.createdBy.name, 100)}, ${fact.createdAt}`, inline: true },
      { name: 'Last changed', value: `${safeText(fact.updatedBy.name, 100)}, ${fact.updatedAt}`, inline: true },
    );
}

/** Page `page` of the active facts (clamped to the pages there are), with ◀ ▶ buttons. */
export async function listPage(page: number, context: BotContext) {
  const total = await context.store.countFacts('active');
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const facts = await context.store.listFacts({ status: 'active', offset: (current - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const embed = new EmbedBuilder()
    .setTitle(`Facts · page ${current}/${pages} (${total})`)
    .setDescription(facts.map((fact) => `\`${fact.id}\` ¶${fact.paragraph ?? '—'} ${safeText(fact.en, 150)}`).join('\n') || '—');
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(customId('list', current - 1)).setLabel('◀').setStyle(ButtonStyle.Secondary).setDisabled(current <= 1),
    new ButtonBuilder().setCustomId(customId('list', current + 1)).setLabel('▶').setStyle(ButtonStyle.Secondary).setDisabled(current >= pages),
  );
  return { embeds: [embed], components: [row], allowedMentions: NO_MENTIONS };
}

/** Every revision of the fact, with undo buttons for the latest ones that can be reverted. */
export async function historyView(id: string, context: BotContext) {
  const revisions = await context.store.history(id);
  const lines = revisions.map(
    (revision) =>
      `**#${revision.id}** ${revision.action} · ${safeText(revision.actor.name, 60)} · ${revision.at}${revision.reason ? ` · ${safeText(revision.reason, 120)}` : ''}`,
  );
  const revertible = revisions.filter((revision) => revision.before !== null).slice(-HISTORY_BUTTONS);
  const components =
    revertible.length === 0
      ? []
      : [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            revertible.map((revision) =>
              new ButtonBuilder().setCustomId(customId('revert', id, revision.id)).setLabel(`Undo #${revision.id}`).setStyle(ButtonStyle.Secondary),
            ),
          ),
        ];
  return { embeds: [new EmbedBuilder().setTitle(`History · ${id}`).setDescription(truncate(lines.join('\n'), 4000))], components, allowedMentions: NO_MENTIONS };
}

/** "Remove this fact?" with confirm and cancel buttons. */
export function removalPrompt(fact: StoredFact) {
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(customId('remove', fact.id, 'confirm')).setLabel('Remove').setStyle(ButtonStyle.Danger),
    new ButtonBuilder().setCustomId(customId('remove', fact.id, 'cancel')).setLabel('Cancel').setStyle(ButtonStyle.Secondary),
  );
  return { content: `Remove \`${fact.id}\`? ${safeText(fact.en, 300)}`, components: [row], allowedMentions: NO_MENTIONS };
}

export function gapsView(gaps: UnansweredQuestion[]) {
  const lines = gaps.map((gap) => `**${gap.count}×** ${safeText(gap.example, 200)} · ${gap.lastAsked.slice(0, 10)}`);
  const embed = new EmbedBuilder().setTitle('Most-asked unanswered questions').setDescription(lines.join('\n') || 'None yet.');
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

/** The suggestion with approve and reject buttons, or a note that none is waiting. */
export function suggestionView(suggestion: Suggestion | undefined) {
  if (!suggestion) return { content: 'No suggestions are waiting for review.', embeds: [], components: [], allowedMentions: NO_MENTIONS };
  const embed = new EmbedBuilder()
    .setTitle(`Suggestion #${suggestion.id}`)
    .setDescription(truncate(`${safeText(suggestion.en ?? '—', 1000)}\n\n${directional(safeText(suggestion.ar ?? '—', 1000), 'ar')}`, 4000))
    .addFields(
      { name: 'Cites', value: suggestion.paragraph !== null ? `¶${suggestion.paragraph}` : safeText(suggestion.url ?? '—', 1024), inline: true },
      { name: 'Suggested by', value: `${safeText(suggestion.suggestedBy.name, 100)}, ${suggestion.suggestedAt}`, inline: true },
    );
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(customId('approve', suggestion.id)).setLabel('Approve…').setStyle(ButtonStyle.Success),
    new ButtonBuilder().setCustomId(customId('reject', suggestion.id)).setLabel('Reject').setStyle(ButtonStyle.Danger),
  );
  return { content: '', embeds: [embed], components: [row], allowedMentions: NO_MENTIONS };
}
