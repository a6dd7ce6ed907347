/**
 * /fact — moderators curate the knowledge base from Discord: add and edit (modals), remove
 * (confirm / cancel), show, list (paged), history and revert, export and import (a JSON Lines
 * file), gaps (unanswered questions, grouped, to answer with a fact, write a fact for, or dismiss),
 * answer (a gap or a question with a fact), stats (a chart) and review (users' suggestions).
 * Discord hides the command from members without Manage Messages by default; every action checks
 * again who moderates in the server it came from (see moderatorScope), and acts in that server's
 * scope: a home server's moderators change the shared knowledge, any other server's only its own
 * view, and each reads only its own records.
 * This file holds the command's builder and handlers; what they show is in ../fact-views.ts and
 * ../fact-gaps.ts, the add / edit form in ../fact-forms.ts.
 */
import {
  AttachmentBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type SlashCommandStringOption,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../core/engine';
import { quote, ValidationError } from '../../core/knowledge/validate';
import type { FactOrder } from '../../store/tables';
import type { StoredFact } from '../../store/types';
import { actorOf, type BotContext, type ModeratorScope, moderatorScope } from '../context';
import { customId } from '../custom-id';
import { factModal, readFactForm } from '../fact-forms';
import { answerWithFact, closeWithNewFact, factPicker, gapChoices, gapFormValues, gapsPage, requireGap } from '../fact-gaps';
import { factEmbed, historyView, listPage, removalPrompt, statsView, suggestionView } from '../fact-views';
import { attachmentOrigins, downloadText } from '../download';
import { NO_MENTIONS, privately, privateNotice, safeText, truncate } from '../render';
import { UI } from '../ui-text';
import type { ButtonHandler, CommandModule, ModalHandler, SelectHandler } from './types';

/** Imports are read into memory whole; a knowledge base of short facts is far below this. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Discord's attachment hosts answer in well under a second; past this, something is wrong. */
const IMPORT_TIMEOUT_MS = 15_000;

const idOption = (option: SlashCommandStringOption) =>
  option.setName('id').setDescription('The fact id (shown under every answer)').setRequired(true).setAutocomplete(true);

const data = new SlashCommandBuilder()
  .setName('fact')
  .setDescription('Moderators: manage the facts the bot answers from')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .setContexts(InteractionContextType.Guild)
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
      .addStringOption((option) =>
        option
          .setName('gap')
          .setDescription('An unanswered question (type to search), or a question of your own')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(MAX_QUESTION_LENGTH),
      )
      .addStringOption((option) => option.setName('fact').setDescription('The fact that answers it (type to search)').setRequired(true).setAutocomplete(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('stats')
      .setDescription('How the bot is doing: a chart of the last 30 days, with the figures as text')
      .addStringOption((option) =>
        option
          .setName('language')
          .setDescription('The chart in English (default) or Arabic')
          .addChoices({ name: 'English', value: 'en' }, { name: 'العربية', value: 'ar' }),
      ),
  )
  .addSubcommand((sub) => sub.setName('review').setDescription("Review users' suggested facts"));

/** Refuses (privately) anyone who may not moderate here; their scope when the action may go on. */
async function requireModerator(
  interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction | StringSelectMenuInteraction,
  context: BotContext,
): Promise<ModeratorScope | null> {
  const scope = moderatorScope(interaction, context.config);
  if (scope) return scope;
  context.logger.warn('moderator action refused', { user: interaction.user.id, guild: interaction.guildId });
  await interaction.reply(privateNotice(UI.en.moderatorsOnly));
  return null;
}

/** The fact as the moderator's server sees it; another server's fact is "not found". */
async function requireFact(id: string, context: BotContext, scope: ModeratorScope): Promise<StoredFact> {
  const fact = await context.store.getFact(id, scope.view);
  if (!fact) throw new ValidationError([{ field: 'id', message: `no fact has the id ${quote(id)}` }]);
  return fact;
}

/** What a saved form says: a server's edit of a shared fact became a fact of its own. */
function savedNote(id: string, fact: StoredFact): string {
  return fact.id === id ? `Updated \`${fact.id}\`.` : `Saved as this server's own fact \`${fact.id}\`; the shared fact \`${id}\` is hidden in this server.`;
}

type Subcommand = (interaction: ChatInputCommandInteraction, context: BotContext, scope: ModeratorScope) => Promise<void>;

const subcommands: Record<string, Subcommand> = {
  async add(interaction) {
    await interaction.showModal(factModal(customId('add'), 'Add a fact', {}));
  },
  async edit(interaction, context, scope) {
    const fact = await requireFact(interaction.options.getString('id', true), context, scope);
    const source = await context.store.getSource(fact.sourceId);
    const citation = fact.paragraph !== null ? String(fact.paragraph) : (source?.url ?? '');
    await interaction.showModal(factModal(customId('edit', fact.id), `Edit ${fact.id}`.slice(0, 45), { ...fact, source: citation }));
  },
  async remove(interaction, context, scope) {
    const fact = await requireFact(interaction.options.getString('id', true), context, scope);
    await interaction.reply(privately(removalPrompt(fact, scope)));
  },
  async show(interaction, context, scope) {
    const fact = await requireFact(interaction.options.getString('id', true), context, scope);
    await interaction.reply(privately({ embeds: [await factEmbed(fact, context, scope)] }));
  },
  async list(interaction, context, scope) {
    await interaction.reply(
      privately(await listPage(interaction.options.getInteger('page') ?? 1, factOrder(interaction.options.getString('sort')), context, scope)),
    );
  },
  async history(interaction, context, scope) {
    const id = (await requireFact(interaction.options.getString('id', true), context, scope)).id;
    await interaction.reply(privately(await historyView(id, context, scope)));
  },
  async revert(interaction, context, scope) {
    const id = interaction.options.getString('id', true);
    const fact = await context.store.revert(id, interaction.options.getInteger('revision', true), actorOf(interaction.user), undefined, scope.view);
    await interaction.reply(privately({ content: `Reverted \`${fact.id}\`.`, embeds: [await factEmbed(fact, context, scope)], allowedMentions: NO_MENTIONS }));
  },
  async export(interaction, context, scope) {
    const file = new AttachmentBuilder(Buffer.from(await context.store.exportFacts(scope.view), 'utf8'), { name: 'isnad-facts.jsonl' });
    const count = await context.store.countFacts('active', scope.view);
    await interaction.reply(privately({ content: `${count} active facts.`, files: [file], allowedMentions: NO_MENTIONS }));
  },
  async import(interaction, context, scope) {
    const attachment = interaction.options.getAttachment('file', true);
    if (attachment.size > MAX_IMPORT_BYTES) {
      await interaction.reply(privateNotice(`That file is ${attachment.size} bytes; the limit is ${MAX_IMPORT_BYTES}.`));
      return;
    }
    await interaction.deferReply({ flags: privately({}).flags });
    const text = await downloadText(attachment.url, {
      origins: attachmentOrigins(context.config.apiBase),
      maxBytes: MAX_IMPORT_BYTES,
      timeoutMs: IMPORT_TIMEOUT_MS,
    });
    const summary = await context.store.importFacts(text, actorOf(interaction.user), `import of ${truncate(attachment.name, 100)}`, scope.view);
    await interaction.editReply({
      content: `Imported: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged.`,
      allowedMentions: NO_MENTIONS,
    });
  },
  async gaps(interaction, context, scope) {
    await interaction.reply(privately(await gapsPage(1, context, scope)));
  },
  async answer(interaction, context, scope) {
    const factId = (await requireFact(interaction.options.getString('fact', true), context, scope)).id;
    const done = await answerWithFact(interaction.options.getString('gap', true), factId, actorOf(interaction.user), context, scope);
    await interaction.reply(privateNotice(done));
  },
  async stats(interaction, context, scope) {
    await interaction.deferReply({ flags: privately({}).flags });
    await interaction.editReply(await statsView(context, interaction.options.getString('language') === 'ar' ? 'ar' : 'en', scope));
  },
  async review(interaction, context, scope) {
    await interaction.reply(privately(suggestionView((await context.store.listSuggestions('pending', scope.records))[0])));
  },
};

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const scope = await requireModerator(interaction, context);
  if (!scope) return;
  await subcommands[interaction.options.getSubcommand(true)](interaction, context, scope);
}

function factOrder(value: string | null | undefined): FactOrder {
  return value === 'not-helpful' ? 'not-helpful' : 'added';
}

/**
 * Open gaps for the `gap` option; fact ids for the others, among the facts this server sees: by
 * id prefix first, then by the fact's text.
 */
async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const scope = moderatorScope(interaction, context.config);
  if (!scope) {
    await interaction.respond([]);
    return;
  }
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'gap') {
    await interaction.respond(await gapChoices(focused.value, context, scope));
    return;
  }
  const where = { guildId: scope.guildId };
  const typed = focused.value.trim().toLowerCase();
  const byId = context.engine
    .facts(where)
    .filter((fact) => fact.id.startsWith(typed))
    .slice(0, 25);
  const byText = typed.length >= 2 ? context.engine.suggest(typed, 25, where).map((suggestion) => suggestion.fact) : [];
  const facts = [...new Map([...byId, ...byText].map((fact) => [fact.id, fact])).values()].slice(0, 25);
  await interaction.respond(facts.map((fact) => ({ name: truncate(`${fact.id} — ${fact.en}`, 100), value: fact.id })));
}

/**
 * Every button, menu and form checks, when used, that the person moderates in the server it came
 * from, and acts within that server's scope: ids in a custom id only say what to act on, never
 * who may, so a forged one can change nothing beyond what its sender could anyway.
 */
const buttons: Record<string, ButtonHandler> = {
  async remove(interaction, [id, choice], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    if (choice !== 'confirm') {
      await interaction.update({ content: 'Cancelled; nothing was removed.', components: [] });
      return;
    }
    const fact = await context.store.removeFact(id, actorOf(interaction.user), undefined, scope.view);
    const what = fact.hidden ? `Hidden \`${id}\` in this server` : `Removed \`${id}\``;
    await interaction.update({ content: `${what}. \`/fact history id:${id}\` can undo it.`, components: [] });
  },
  async list(interaction, [page, order], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    await interaction.update(await listPage(Number(page), factOrder(order), context, scope));
  },
  async gaps(interaction, [page], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    await interaction.update(await gapsPage(Number(page), context, scope));
  },
  async 'gap-answer'(interaction, [id], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    await interaction.reply(privately(factPicker(await requireGap(id, context, scope), context, scope)));
  },
  async 'gap-write'(interaction, [id], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    await interaction.showModal(factModal(customId('add', id), 'Write a fact for this question', gapFormValues(await requireGap(id, context, scope))));
  },
  async 'gap-dismiss'(interaction, [id, page], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    await context.store.dismissGap(await requireGap(id, context, scope), actorOf(interaction.user));
    await interaction.update(await gapsPage(Number(page), context, scope));
  },
  async revert(interaction, [id, revision], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    await context.store.revert(id, Number(revision), actorOf(interaction.user), undefined, scope.view);
    await interaction.update(await historyView(id, context, scope));
  },
  async approve(interaction, [id], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    const pending = await context.store.listSuggestions('pending', scope.records);
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
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    await context.store.rejectSuggestion(Number(id), actorOf(interaction.user), undefined, scope.records);
    await interaction.update(suggestionView((await context.store.listSuggestions('pending', scope.records))[0]));
  },
  /** Rejects every pending suggestion of the person who made this one (a flood), then shows the next. */
  async rejectall(interaction, [id], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    const suggestion = (await context.store.listSuggestions('pending', scope.records)).find((candidate) => candidate.id === Number(id));
    const rejected = suggestion
      ? await context.store.rejectSuggestionsFrom(suggestion.suggestedBy.id, actorOf(interaction.user), 'all rejected at once', scope.records)
      : 0;
    const next = suggestionView((await context.store.listSuggestions('pending', scope.records))[0]);
    const note = suggestion ? `Rejected ${rejected} suggestions by ${safeText(suggestion.suggestedBy.name, 100)}. ` : '';
    await interaction.update({ ...next, content: `${note}${next.content}`.trim() });
  },
};

const selects: Record<string, SelectHandler> = {
  /** A fact picked for a gap (from the gap's "Answer with a fact…"). */
  async 'gap-fact'(interaction, [id], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    const done = await answerWithFact(id, interaction.values[0], actorOf(interaction.user), context, scope);
    await interaction.update({ content: done, components: [], allowedMentions: NO_MENTIONS });
  },
};

const modals: Record<string, ModalHandler> = {
  /** A new fact, in the moderator's scope; written for a gap (`gapId`), it also closes the gap as answered by it. */
  async add(interaction, [gapId], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    const actor = actorOf(interaction.user);
    let fact = await context.store.addFact(readFactForm(interaction), actor, undefined, scope.view);
    if (gapId) fact = await closeWithNewFact(gapId, fact, actor, context, scope);
    const where = fact.guildId === null ? 'it answers questions now' : 'it answers questions in this server now';
    await interaction.reply(
      privately({ content: `Added \`${fact.id}\`; ${where}.`, embeds: [await factEmbed(fact, context, scope)], allowedMentions: NO_MENTIONS }),
    );
  },
  async edit(interaction, [id], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    const fact = await context.store.editFact(id, readFactForm(interaction), actorOf(interaction.user), undefined, scope.view);
    await interaction.reply(privately({ content: savedNote(id, fact), embeds: [await factEmbed(fact, context, scope)], allowedMentions: NO_MENTIONS }));
  },
  async approve(interaction, [id], context) {
    const scope = await requireModerator(interaction, context);
    if (!scope) return;
    const fact = await context.store.approveSuggestion(Number(id), actorOf(interaction.user), readFactForm(interaction), scope.view, scope.records);
    await interaction.reply(
      privately({ content: `Approved suggestion #${id} as \`${fact.id}\`.`, embeds: [await factEmbed(fact, context, scope)], allowedMentions: NO_MENTIONS }),
    );
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
