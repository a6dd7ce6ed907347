/**
 * /fact — moderators curate the knowledge base from Discord: add and edit (modals), remove
 * (confirm / cancel), show, list (paged), history and revert, export and import (a JSON Lines
 * file), gaps (most-asked unanswered questions) and review (users' suggestions). Discord hides the
 * command from members without Manage Messages by default; every action checks the configured
 * moderator roles again, so a server that loosens that default still cannot let others edit.
 */
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type SlashCommandStringOption,
} from 'discord.js';
import { ValidationError } from '../../core/knowledge/validate';
import type { StoredFact, Suggestion } from '../../store/types';
import { directional } from '../bidi';
import { actorOf, isModerator, type BotContext } from '../context';
import { customId } from '../custom-id';
import { factModal, readFactForm } from '../fact-forms';
import { NO_MENTIONS, privately, privateNotice, safeText, truncate } from '../render';
import { UI } from '../ui-text';
import type { ButtonHandler, CommandModule, ModalHandler } from './types';

const PAGE_SIZE = 10;
/** Imports are read into memory whole; a knowledge base of short facts is far below this. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const HISTORY_BUTTONS = 5;

const idOption = (option: SlashCommandStringOption) =>
  option.setName('id').setDescription('The fact id (shown under every answer)').setRequired(true).setAutocomplete(true);

const data = new SlashCommandBuilder()
  .setName('fact')
  .setDescription('Moderators: manage the facts the bot answers from')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .setDMPermission(false)
  .addSubcommand((sub) => sub.setName('add').setDescription('Add a fact (opens a form)'))
  .addSubcommand((sub) => sub.setName('edit').setDescription('Edit a fact (opens a filled-in form)').addStringOption(idOption))
  .addSubcommand((sub) => sub.setName('remove').setDescription('Remove a fact (asks to confirm)').addStringOption(idOption))
  .addSubcommand((sub) => sub.setName('show').setDescription('Show a fact with its citation and status').addStringOption(idOption))
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('List the facts, page by page')
      .addIntegerOption((option) => option.setName('page').setDescription('Page number').setMinValue(1)),
  )
  .addSubcommand((sub) => sub.setName('history').setDescription("A fact's changes, with revert buttons").addStringOption(idOption))
  .addSubcommand((sub) =>
    sub
      .setName('revert')
      .setDescription('Return a fact to how it was before a revision')
      .addStringOption(idOption)
      .addIntegerOption((option) => option.setName('revision').setDescription('Revision number (from history)').setRequired(true).setMinValue(1)),
  )
  .addSubcommand((sub) => sub.setName('export').setDescription('Download every fact as a JSON Lines file'))
  .addSubcommand((sub) =>
    sub
      .setName('import')
      .setDescription('Import facts from a JSON Lines file (all or nothing)')
      .addAttachmentOption((option) => option.setName('file').setDescription('A file made by /fact export').setRequired(true)),
  )
  .addSubcommand((sub) => sub.setName('gaps').setDescription('The most-asked questions the bot could not answer'))
  .addSubcommand((sub) => sub.setName('review').setDescription("Review users' suggested facts"));

/** Refuses (privately) anyone who is not a moderator; true when the action may go on. */
async function requireModerator(
  interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction,
  context: BotContext,
): Promise<boolean> {
  if (isModerator(interaction as Interaction, context.config)) return true;
  context.logger.warn('moderator action refused', { user: interaction.user.id });
  await interaction.reply(privateNotice(UI.en.moderatorsOnly));
  return false;
}

async function citationText(fact: StoredFact, context: BotContext): Promise<string> {
  const source = context.engine.source(fact.sourceId) ?? (await context.store.getSource(fact.sourceId));
  const where = fact.paragraph !== null ? `¶${fact.paragraph}` : (source?.url ?? '');
  return `${source?.title.en ?? fact.sourceId} ${where}`.trim();
}

async function factEmbed(fact: StoredFact, context: BotContext): Promise<EmbedBuilder> {
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

async function requireFact(id: string, context: BotContext): Promise<StoredFact> {
  const fact = await context.store.getFact(id);
  if (!fact) throw new ValidationError([{ field: 'id', message: `no fact has the id "${id}"` }]);
  return fact;
}

async function listPage(page: number, context: BotContext) {
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

async function historyView(id: string, context: BotContext) {
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

function suggestionView(suggestion: Suggestion | undefined) {
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

type Subcommand = (interaction: ChatInputCommandInteraction, context: BotContext) => Promise<void>;

const subcommands: Record<string, Subcommand> = {
  async add(interaction) {
    await interaction.showModal(factModal(customId('add'), 'Add a fact', {}));
  },
  async edit(interaction, context) {
    const fact = await requireFact(interaction.options.getString('id', true), context);
    const source = await context.store.getSource(fact.sourceId);
    const citation = fact.paragraph !== null ? String(fact.paragraph) : (source?.url ?? '');
    await interaction.showModal(factModal(customId('edit', fact.id), `Edit ${fact.id}`.slice(0, 45), { ...fact, source: citation }));
  },
  async remove(interaction, context) {
    const fact = await requireFact(interaction.options.getString('id', true), context);
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(customId('remove', fact.id, 'confirm')).setLabel('Remove').setStyle(ButtonStyle.Danger),
      new ButtonBuilder().setCustomId(customId('remove', fact.id, 'cancel')).setLabel('Cancel').setStyle(ButtonStyle.Secondary),
    );
    await interaction.reply(privately({ content: `Remove \`${fact.id}\`? ${safeText(fact.en, 300)}`, components: [row], allowedMentions: NO_MENTIONS }));
  },
  async show(interaction, context) {
    await interaction.reply(privately({ embeds: [await factEmbed(await requireFact(interaction.options.getString('id', true), context), context)] }));
  },
  async list(interaction, context) {
    await interaction.reply(privately(await listPage(interaction.options.getInteger('page') ?? 1, context)));
  },
  async history(interaction, context) {
    const id = (await requireFact(interaction.options.getString('id', true), context)).id;
    await interaction.reply(privately(await historyView(id, context)));
  },
  async revert(interaction, context) {
    const fact = await context.store.revert(interaction.options.getString('id', true), interaction.options.getInteger('revision', true), actorOf(interaction.user));
    await interaction.reply(privately({ content: `Reverted \`${fact.id}\`.`, embeds: [await factEmbed(fact, context)], allowedMentions: NO_MENTIONS }));
  },
  async export(interaction, context) {
    const file = new AttachmentBuilder(Buffer.from(await context.store.exportFacts(), 'utf8'), { name: 'isnad-facts.jsonl' });
    await interaction.reply(privately({ content: `${await context.store.countFacts('active')} active facts.`, files: [file], allowedMentions: NO_MENTIONS }));
  },
  async import(interaction, context) {
    const attachment = interaction.options.getAttachment('file', true);
    if (attachment.size > MAX_IMPORT_BYTES) {
      await interaction.reply(privateNotice(`That file is ${attachment.size} bytes; the limit is ${MAX_IMPORT_BYTES}.`));
      return;
    }
    await interaction.deferReply({ flags: privately({}).flags });
    const response = await fetch(attachment.url);
    if (!response.ok) throw new Error(`attachment download failed with HTTP ${response.status}`);
    const summary = await context.store.importFacts(await response.text(), actorOf(interaction.user), `import of ${attachment.name}`);
    await interaction.editReply({ content: `Imported: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged.`, allowedMentions: NO_MENTIONS });
  },
  async gaps(interaction, context) {
    const gaps = await context.store.topUnanswered(15);
    const lines = gaps.map((gap) => `**${gap.count}×** ${safeText(gap.example, 200)} · ${gap.lastAsked.slice(0, 10)}`);
    const embed = new EmbedBuilder().setTitle('Most-asked unanswered questions').setDescription(lines.join('\n') || 'None yet.');
    await interaction.reply(privately({ embeds: [embed], allowedMentions: NO_MENTIONS }));
  },
  async review(interaction, context) {
    await interaction.reply(privately(suggestionView((await context.store.listSuggestions('pending'))[0])));
  },
};

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  if (!(await requireModerator(interaction, context))) return;
  await subcommands[interaction.options.getSubcommand(true)](interaction, context);
}

/** Fact ids for the `id` option: by id prefix first, then by the fact's text. */
async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  if (!isModerator(interaction, context.config)) {
    await interaction.respond([]);
    return;
  }
  const typed = interaction.options.getFocused().trim().toLowerCase();
  const byId = context.engine.facts().filter((fact) => fact.id.startsWith(typed)).slice(0, 25);
  const byText = typed.length >= 2 ? context.engine.suggest(typed, 25).map((suggestion) => suggestion.fact) : [];
  const facts = [...new Map([...byId, ...byText].map((fact) => [fact.id, fact])).values()].slice(0, 25);
  await interaction.respond(facts.map((fact) => ({ name: truncate(`${fact.id} — ${fact.en}`, 100), value: fact.id })));
}

const buttons: Record<string, ButtonHandler> = {
  async remove(interaction, [id, choice], context) {
    if (!(await requireModerator(interaction, context))) return;
    if (choice !== 'confirm') {
      await interaction.update({ content: 'Cancelled; nothing was removed.', components: [] });
      return;
    }
    await context.store.removeFact(id, actorOf(interaction.user));
    await interaction.update({ content: `Removed \`${id}\`. \`/fact history id:${id}\` can undo it.`, components: [] });
  },
  async list(interaction, [page], context) {
    await interaction.update(await listPage(Number(page), context));
  },
  async revert(interaction, [id, revision], context) {
    if (!(await requireModerator(interaction, context))) return;
    await context.store.revert(id, Number(revision), actorOf(interaction.user));
    await interaction.update(await historyView(id, context));
  },
  async approve(interaction, [id], context) {
    if (!(await requireModerator(interaction, context))) return;
    const pending = await context.store.listSuggestions('pending');
    const suggestion = pending.find((candidate) => candidate.id === Number(id));
    if (!suggestion) {
      await interaction.update(suggestionView(pending[0]));
      return;
    }
    const source = suggestion.paragraph !== null ? String(suggestion.paragraph) : (suggestion.url ?? '');
    await interaction.showModal(
      factModal(customId('approve', suggestion.id), `Approve suggestion #${suggestion.id}`, { en: suggestion.en ?? '', ar: suggestion.ar ?? '', source }),
    );
  },
  async reject(interaction, [id], context) {
    if (!(await requireModerator(interaction, context))) return;
    await context.store.rejectSuggestion(Number(id), actorOf(interaction.user));
    await interaction.update(suggestionView((await context.store.listSuggestions('pending'))[0]));
  },
};

const modals: Record<string, ModalHandler> = {
  async add(interaction, _args, context) {
    if (!(await requireModerator(interaction, context))) return;
    const fact = await context.store.addFact(readFactForm(interaction), actorOf(interaction.user));
    await interaction.reply(privately({ content: `Added \`${fact.id}\`; it answers questions now.`, embeds: [await factEmbed(fact, context)], allowedMentions: NO_MENTIONS }));
  },
  async edit(interaction, [id], context) {
    if (!(await requireModerator(interaction, context))) return;
    const fact = await context.store.editFact(id, readFactForm(interaction), actorOf(interaction.user));
    await interaction.reply(privately({ content: `Updated \`${fact.id}\`.`, embeds: [await factEmbed(fact, context)], allowedMentions: NO_MENTIONS }));
  },
  async approve(interaction, [id], context) {
    if (!(await requireModerator(interaction, context))) return;
    const fact = await context.store.approveSuggestion(Number(id), actorOf(interaction.user), readFactForm(interaction));
    await interaction.reply(privately({ content: `Approved suggestion #${id} as \`${fact.id}\`.`, embeds: [await factEmbed(fact, context)], allowedMentions: NO_MENTIONS }));
  },
};

export const fact: CommandModule = {
  data,
  execute: (interaction, context) => execute(interaction as ChatInputCommandInteraction, context),
  autocomplete,
  buttons,
  modals,
};
