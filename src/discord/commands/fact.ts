/**
 * /fact — moderators curate the knowledge base from Discord: add and edit (modals), remove
 * (confirm / cancel), show, list (paged), history and revert, export and import (a JSON Lines
 * file), gaps (unanswered questions, grouped, to answer with a fact, write a fact for, or dismiss),
 * answer (a gap or a question with a fact), stats (a chart) and review (users' suggestions). Discord hides the
 * command from members without Manage Messages by default; every action checks the configured
 * moderator roles again, so a server that loosens that default still cannot let others edit.
 * This file holds the command's builder and handlers; what they show is in ../fact-views.ts and
 * ../fact-gaps.ts, the add / edit form in ../fact-forms.ts.
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
  type StringSelectMenuInteraction,
} from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../core/engine';
import { ValidationError } from '../../core/knowledge/validate';
import type { FactOrder } from '../../store/tables';
import type { StoredFact } from '../../store/types';
import { actorOf, isModerator, type BotContext } from '../context';
import { customId } from '../custom-id';
import { factModal, readFactForm } from '../fact-forms';
import { answerWithFact, closeWithNewFact, factPicker, gapChoices, gapFormValues, gapsPage, requireGap } from '../fact-gaps';
import { factEmbed, historyView, listPage, removalPrompt, statsView, suggestionView } from '../fact-views';
import { NO_MENTIONS, privately, privateNotice, truncate } from '../render';
import { UI } from '../ui-text';
import type { ButtonHandler, CommandModule, ModalHandler, SelectHandler } from './types';

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
      .addIntegerOption((option) => option.setName('page').setDescription('Page number').setMinValue(1))
      .addStringOption((option) =>
        option
          .setName('sort')
          .setDescription('In the order added (default), or the facts with most 👎 first')
          .addChoices({ name: 'order added', value: 'added' }, { name: 'most 👎 first', value: 'not-helpful' }),
      ),
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
  .addSubcommand((sub) => sub.setName('gaps').setDescription('Questions the bot could not answer, grouped, to answer or dismiss'))
  .addSubcommand((sub) =>
    sub
      .setName('answer')
      .setDescription('Answer a gap (or any question) with a fact: the question becomes a way to ask it')
      .addStringOption((option) => option.setName('gap').setDescription('An unanswered question (type to search), or a question of your own').setRequired(true).setAutocomplete(true).setMaxLength(MAX_QUESTION_LENGTH))
      .addStringOption((option) => option.setName('fact').setDescription('The fact that answers it (type to search)').setRequired(true).setAutocomplete(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('stats')
      .setDescription('How the bot is doing: a chart of the last 30 days, with the figures as text')
      .addStringOption((option) =>
        option.setName('language').setDescription('The chart in English (default) or Arabic').addChoices({ name: 'English', value: 'en' }, { name: 'العربية', value: 'ar' }),
      ),
  )
  .addSubcommand((sub) => sub.setName('review').setDescription("Review users' suggested facts"));

/** Refuses (privately) anyone who is not a moderator; true when the action may go on. */
async function requireModerator(
  interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction | StringSelectMenuInteraction,
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
    await interaction.reply(privately(await listPage(interaction.options.getInteger('page') ?? 1, factOrder(interaction.options.getString('sort')), context)));
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
    await interaction.reply(privately(await gapsPage(1, context)));
  },
  async answer(interaction, context) {
    const factId = (await requireFact(interaction.options.getString('fact', true), context)).id;
    const done = await answerWithFact(interaction.options.getString('gap', true), factId, actorOf(interaction.user), context);
    await interaction.reply(privateNotice(done));
  },
  async stats(interaction, context) {
    await interaction.deferReply({ flags: privately({}).flags });
    await interaction.editReply(await statsView(context, interaction.options.getString('language') === 'ar' ? 'ar' : 'en'));
  },
  async review(interaction, context) {
    await interaction.reply(privately(suggestionView((await context.store.listSuggestions('pending'))[0])));
  },
};

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  if (!(await requireModerator(interaction, context))) return;
  await subcommands[interaction.options.getSubcommand(true)](interaction, context);
}

function factOrder(value: string | null | undefined): FactOrder {
  return value === 'not-helpful' ? 'not-helpful' : 'added';
}

/** Open gaps for the `gap` option; fact ids for the others: by id prefix first, then by the fact's text. */
async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  if (!isModerator(interaction, context.config)) {
    await interaction.respond([]);
    return;
  }
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'gap') {
    await interaction.respond(await gapChoices(focused.value, context));
    return;
  }
  const typed = focused.value.trim().toLowerCase();
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
  async list(interaction, [page, order], context) {
    await interaction.update(await listPage(Number(page), factOrder(order), context));
  },
  async gaps(interaction, [page], context) {
    if (!(await requireModerator(interaction, context))) return;
    await interaction.update(await gapsPage(Number(page), context));
  },
  async 'gap-answer'(interaction, [id], context) {
    if (!(await requireModerator(interaction, context))) return;
    await interaction.reply(privately(factPicker(await requireGap(id, context), context)));
  },
  async 'gap-write'(interaction, [id], context) {
    if (!(await requireModerator(interaction, context))) return;
    await interaction.showModal(factModal(customId('add', id), 'Write a fact for this question', gapFormValues(await requireGap(id, context))));
  },
  async 'gap-dismiss'(interaction, [id, page], context) {
    if (!(await requireModerator(interaction, context))) return;
    await context.store.dismissGap(await requireGap(id, context), actorOf(interaction.user));
    await interaction.update(await gapsPage(Number(page), context));
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

const selects: Record<string, SelectHandler> = {
  /** A fact picked for a gap (from the gap's "Answer with a fact…"). */
  async 'gap-fact'(interaction, [id], context) {
    if (!(await requireModerator(interaction, context))) return;
    const done = await answerWithFact(id, interaction.values[0], actorOf(interaction.user), context);
    await interaction.update({ content: done, components: [], allowedMentions: NO_MENTIONS });
  },
};

const modals: Record<string, ModalHandler> = {
  /** A new fact; written for a gap (`gapId`), it also closes the gap as answered by it. */
  async add(interaction, [gapId], context) {
    if (!(await requireModerator(interaction, context))) return;
    const actor = actorOf(interaction.user);
    let fact = await context.store.addFact(readFactForm(interaction), actor);
    if (gapId) fact = await closeWithNewFact(gapId, fact, actor, context);
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
  selects,
};
