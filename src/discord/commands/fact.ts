/**
 * /fact — moderators curate the knowledge base from Discord: add and edit (modals), remove
 * (confirm / cancel), show, list (paged), history and revert, export and import (a JSON Lines
 * file), gaps (most-asked unanswered questions) and review (users' suggestions). Discord hides the
 * command from members without Manage Messages by default; every action checks the configured
 * moderator roles again, so a server that loosens that default still cannot let others edit.
 * This file holds the command's builder and handlers; what they show is in ../fact-views.ts, the
 * add / edit form in ../fact-forms.ts.
 */
import {
  AttachmentBuilder,
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
import type { StoredFact } from '../../store/types';
import { actorOf, isModerator, type BotContext } from '../context';
import { customId } from '../custom-id';
import { factModal, readFactForm } from '../fact-forms';
import { factEmbed, gapsView, historyView, listPage, removalPrompt, suggestionView } from '../fact-views';
import { NO_MENTIONS, privately, privateNotice, truncate } from '../render';
import { UI } from '../ui-text';
import type { ButtonHandler, CommandModule, ModalHandler } from './types';

/** Imports are read into memory whole; a knowledge base of short facts is far below this. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

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

async function requireFact(id: string, context: BotContext): Promise<StoredFact> {
  const fact = await context.store.getFact(id);
  if (!fact) throw new ValidationError([{ field: 'id', message: `no fact has the id "${id}"` }]);
  return fact;
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
    await interaction.reply(privately(removalPrompt(fact)));
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
    await interaction.reply(privately(gapsView(await context.store.topUnanswered(15))));
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
