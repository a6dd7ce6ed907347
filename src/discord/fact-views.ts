/**
 * What /fact shows moderators: a fact with its citation, status, votes and the questions that drew
 * a 👎; a page of the list (in the order added, or most 👎 first); a fact's history with undo
 * buttons; the removal prompt; the stats chart; the next suggestion to review (the gaps are in
 * fact-gaps.ts). Views only read: the handlers in commands/fact.ts decide and write.
 */
import { ActionRowBuilder, AttachmentBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import type { Language } from '../core/types';
import { STATS_WORDS, statsText } from '../stats/usage';
import type { FactOrder } from '../store/tables';
import type { FeedbackTally, StoredFact, Suggestion } from '../store/types';
import { directional, isolate } from './bidi';
import type { BotContext, ModeratorScope } from './context';
import { customId } from './custom-id';
import { NO_MENTIONS, safeText, truncate } from './render';

const PAGE_SIZE = 10;
const HISTORY_BUTTONS = 5;
const NOT_HELPFUL_SHOWN = 5;
const STATS_DAYS = 30;
const STATS_FILE = 'isnad-stats.png';

async function citationText(fact: StoredFact, context: BotContext): Promise<string> {
  const source = context.engine.source(fact.sourceId) ?? (await context.store.getSource(fact.sourceId));
  const where = fact.paragraph !== null ? `¶${fact.paragraph}` : (source?.url ?? '');
  return `${source?.title.en ?? fact.sourceId} ${where}`.trim();
}

/** 👍 and 👎 counts, flagged when the 👎 outnumber the 👍. */
function votesText(votes: FeedbackTally): string {
  return `👍 ${votes.helpful} · 👎 ${votes.notHelpful}${votes.notHelpful > votes.helpful ? ' · ⚠️ more 👎 than 👍' : ''}`;
}

/** Whose fact it is, as a moderator in the server it was read in should know. */
function ownership(fact: StoredFact): string {
  if (fact.hidden) return 'shared, hidden in this server';
  return fact.guildId === null ? 'shared (every server)' : "this server's own";
}

/** The fact as the moderator's server sees it, with the votes cast there. */
export async function factEmbed(fact: StoredFact, context: BotContext, scope: ModeratorScope): Promise<EmbedBuilder> {
  const votes = await context.store.feedbackFor(fact.id, scope.records);
  const complaints = await context.store.notHelpfulVotes(fact.id, NOT_HELPFUL_SHOWN, scope.records);
  const embed = new EmbedBuilder()
    .setTitle(fact.id)
    .setDescription(truncate(`${safeText(fact.en, 1000)}\n\n${directional(safeText(fact.ar, 1000), 'ar')}`, 4000))
    .addFields(
      { name: 'Cites', value: safeText(await citationText(fact, context), 1024), inline: true },
      { name: 'Status', value: `${fact.status} · ${ownership(fact)}`, inline: true },
      { name: 'Feedback', value: votesText(votes), inline: true },
      { name: 'Aliases', value: fact.aliases.length > 0 ? safeText(fact.aliases.join(' · '), 1024) : '—' },
      { name: 'Added', value: `${safeText(fact.createdBy.name, 100)}, ${fact.createdAt}`, inline: true },
      { name: 'Last changed', value: `${safeText(fact.updatedBy.name, 100)}, ${fact.updatedAt}`, inline: true },
    );
  if (complaints.length > 0) {
    const lines = complaints.map((vote) => `• ${isolate(safeText(vote.question, 150))} · ${vote.at.slice(0, 10)}`);
    embed.addFields({ name: 'Questions that drew a 👎 (latest first)', value: truncate(lines.join('\n'), 1024) });
  }
  return embed;
}

/** Page `page` of the active facts (clamped to the pages there are), in `order`, with their votes and ◀ ▶ buttons. */
export async function listPage(page: number, order: FactOrder, context: BotContext, scope: ModeratorScope) {
  const total = await context.store.countFacts('active', scope.view);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const facts = await context.store.listFacts({
    status: 'active',
    offset: (current - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    order,
    view: scope.view,
    votes: scope.records,
  });
  const votes = await context.store.feedbackByFact(
    facts.map((fact) => fact.id),
    scope.records,
  );
  const line = (fact: StoredFact) => {
    const tally = votes.get(fact.id);
    return `\`${fact.id}\` ¶${fact.paragraph ?? '—'} ${safeText(fact.en, 120)}${tally ? ` · ${votesText(tally)}` : ''}`;
  };
  const embed = new EmbedBuilder()
    .setTitle(`Facts${order === 'not-helpful' ? ', most 👎 first' : ''} · page ${current}/${pages} (${total})`)
    .setDescription(truncate(facts.map(line).join('\n'), 4000) || '—');
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId('list', current - 1, order))
      .setLabel('◀')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(current <= 1),
    new ButtonBuilder()
      .setCustomId(customId('list', current + 1, order))
      .setLabel('▶')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(current >= pages),
  );
  return { embeds: [embed], components: [row], allowedMentions: NO_MENTIONS };
}

/**
 * The fact's revisions the server sees (the shared ones and its own), with undo buttons for the
 * latest it may revert: its own changes (a home server's: the shared knowledge's).
 */
export async function historyView(id: string, context: BotContext, scope: ModeratorScope) {
  const revisions = await context.store.history(id, scope.view);
  const lines = revisions.map(
    (revision) =>
      `**#${revision.id}** ${revision.action}${revision.guildId === scope.view ? '' : ' (shared)'} · ${safeText(revision.actor.name, 60)} · ${revision.at}${revision.reason ? ` · ${safeText(revision.reason, 120)}` : ''}`,
  );
  const revertible = revisions.filter((revision) => revision.before !== null && revision.guildId === scope.view).slice(-HISTORY_BUTTONS);
  const components =
    revertible.length === 0
      ? []
      : [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            revertible.map((revision) =>
              new ButtonBuilder()
                .setCustomId(customId('revert', id, revision.id))
                .setLabel(`Undo #${revision.id}`)
                .setStyle(ButtonStyle.Secondary),
            ),
          ),
        ];
  return {
    embeds: [new EmbedBuilder().setTitle(`History · ${id}`).setDescription(truncate(lines.join('\n'), 4000))],
    components,
    allowedMentions: NO_MENTIONS,
  };
}

/** "Remove this fact?" (for a server and a shared fact: hide it there) with confirm and cancel buttons. */
export function removalPrompt(fact: StoredFact, scope: ModeratorScope) {
  const hides = scope.view !== null && fact.guildId === null;
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId('remove', fact.id, 'confirm'))
      .setLabel(hides ? 'Hide here' : 'Remove')
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(customId('remove', fact.id, 'cancel'))
      .setLabel('Cancel')
      .setStyle(ButtonStyle.Secondary),
  );
  const question = hides ? `\`${fact.id}\` is shared by every server. Hide it in this server?` : `Remove \`${fact.id}\`?`;
  return { content: `${question} ${safeText(fact.en, 300)}`, components: [row], allowedMentions: NO_MENTIONS };
}

/**
 * The stats chart as an attachment shown in the embed, with the same figures as text in the embed
 * (and, shorter, as the image's description, which screen readers read out).
 */
export async function statsView(context: BotContext, language: Language, scope: ModeratorScope) {
  const stats = await context.store.usageStats(STATS_DAYS, scope.records);
  const text = statsText(stats, language);
  // The chart's renderer (ECharts, resvg, the font) is loaded when a chart is first asked for:
  // held from start-up, it was a sixth of an idle bot's resident memory. Required: the bot runs
  // as CommonJS (see `npm start`), where import() would skip the TypeScript loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { statsPng } = require('../stats/chart') as typeof import('../stats/chart');
  const file = new AttachmentBuilder(await statsPng(stats, language), { name: STATS_FILE, description: truncate(text, 1024) });
  const embed = new EmbedBuilder()
    .setTitle(STATS_WORDS[language].title)
    .setDescription(truncate(directional(text, language), 4000))
    .setImage(`attachment://${STATS_FILE}`);
  return { embeds: [embed], files: [file], allowedMentions: NO_MENTIONS };
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
    new ButtonBuilder().setCustomId(customId('rejectall', suggestion.id)).setLabel('Reject all from this person').setStyle(ButtonStyle.Secondary),
  );
  return { content: '', embeds: [embed], components: [row], allowedMentions: NO_MENTIONS };
}
