/**
 * /fact — moderators curate the knowledge base from Discord: add and edit (modals), remove
 * (confirm / cancel), show, list (paged), history and revert, export and import (a JSON Lines
 * file), gaps (unanswered questions, grouped, to answer with a fact, write a fact for, or dismiss),
 * answer (a gap or a question with a fact), stats (a chart) and review (users' suggestions).
 * Discord hides the command from members without Manage Messages by default; every action checks
 * again who moderates in the server it came from (see moderatorScope), and acts in that server's
 * scope: a home server's moderators change the shared knowledge, any other server's only its own
 * view, and each reads only its own records.
 * This file holds the command's builder, its subcommands and autocomplete; the handlers of the
 * buttons, menus and forms it creates are in fact-components.ts; what they show is in
 * ../fact-views.ts and ../fact-gaps.ts, the add / edit form in ../fact-forms.ts.
 */
import {
  AttachmentBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SlashCommandStringOption,
} from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../core/engine';
import { quote, ValidationError } from '../../core/knowledge/problems';
import type { StoredFact } from '../../store/types';
import { actorOf, type BotContext, type ModeratorScope, moderatorScope } from '../context';
import { customId } from '../custom-id';
import { factModal } from '../fact-forms';
import { answerWithFact, gapChoices, gapsPage } from '../fact-gaps';
import { factEmbed, historyView, listPage, removalPrompt, statsView, suggestionView } from '../fact-views';
import { attachmentOrigins, downloadText } from '../download';
import { NO_MENTIONS, privately, privateNotice, truncate } from '../render';
import { buttons, factOrder, modals, requireModerator, selects } from './fact-components';
import type { CommandModule } from './types';

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

/** The fact as the moderator's server sees it; another server's fact is "not found". */
async function requireFact(id: string, context: BotContext, scope: ModeratorScope): Promise<StoredFact> {
  const fact = await context.store.getFact(id, scope.view);
  if (!fact) throw new ValidationError([{ field: 'id', message: `no fact has the id ${quote(id)}` }]);
  return fact;
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

export const fact: CommandModule = {
  data,
  execute: (interaction, context) => execute(interaction as ChatInputCommandInteraction, context),
  autocomplete,
  buttons,
  modals,
  selects,
};
