/**
 * The buttons, select menus and forms /fact creates (its builder and slash subcommands are in
 * fact.ts): removal's confirm, list and gap paging, a gap's actions, revert, a suggestion's
 * review, and the add / edit / approve forms.
 */
import type { ButtonInteraction, ChatInputCommandInteraction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { FactOrder } from '../../store/tables';
import type { StoredFact } from '../../store/types';
import { actorOf, type BotContext, type ModeratorScope, moderatorScope } from '../context';
import { customId } from '../custom-id';
import { factModal, readFactForm } from '../fact-forms';
import { answerWithFact, closeWithNewFact, factPicker, gapFormValues, gapsPage, requireGap } from '../fact-gaps';
import { factEmbed, historyView, listPage, suggestionView } from '../fact-views';
import { NO_MENTIONS, privately, privateNotice, safeText } from '../render';
import { UI } from '../ui-text';
import type { ButtonHandler, ModalHandler, SelectHandler } from './types';

/** Refuses (privately) anyone who may not moderate here; their scope when the action may go on. */
export async function requireModerator(
  interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction | StringSelectMenuInteraction,
  context: BotContext,
): Promise<ModeratorScope | null> {
  const scope = moderatorScope(interaction, context.config);
  if (scope) return scope;
  context.logger.warn('moderator action refused', { user: interaction.user.id, guild: interaction.guildId });
  await interaction.reply(privateNotice(UI.en.moderatorsOnly));
  return null;
}

/** The order a list asks for: most not-helpful votes first, or the order added. */
export function factOrder(value: string | null | undefined): FactOrder {
  return value === 'not-helpful' ? 'not-helpful' : 'added';
}

/** What a saved form says: a server's edit of a shared fact became a fact of its own. */
function savedNote(id: string, fact: StoredFact): string {
  return fact.id === id ? `Updated \`${fact.id}\`.` : `Saved as this server's own fact \`${fact.id}\`; the shared fact \`${id}\` is hidden in this server.`;
}

type ModeratorHandler<I> = (interaction: I, args: string[], context: BotContext, scope: ModeratorScope) => Promise<void>;

/** Component handlers that each run only for a moderator of the server they came from, in that server's scope. */
function moderated<I extends ButtonInteraction | ModalSubmitInteraction | StringSelectMenuInteraction>(
  handlers: Record<string, ModeratorHandler<I>>,
): Record<string, (interaction: I, args: string[], context: BotContext) => Promise<void>> {
  return Object.fromEntries(
    Object.entries(handlers).map(([action, handler]) => [
      action,
      async (interaction: I, args: string[], context: BotContext) => {
        const scope = await requireModerator(interaction, context);
        if (scope) await handler(interaction, args, context, scope);
      },
    ]),
  );
}

/**
 * Every button, menu and form checks, when used, that the person moderates in the server it came
 * from, and acts within that server's scope: ids in a custom id only say what to act on, never
 * who may, so a forged one can change nothing beyond what its sender could anyway.
 */
export const buttons: Record<string, ButtonHandler> = moderated<ButtonInteraction>({
  async remove(interaction, [id, choice], context, scope) {
    if (choice !== 'confirm') {
      await interaction.update({ content: 'Cancelled; nothing was removed.', components: [] });
      return;
    }
    const fact = await context.store.removeFact(id, actorOf(interaction.user), undefined, scope.view);
    const what = fact.hidden ? `Hidden \`${id}\` in this server` : `Removed \`${id}\``;
    await interaction.update({ content: `${what}. \`/fact history id:${id}\` can undo it.`, components: [] });
  },
  async list(interaction, [page, order], context, scope) {
    await interaction.update(await listPage(Number(page), factOrder(order), context, scope));
  },
  async gaps(interaction, [page], context, scope) {
    await interaction.update(await gapsPage(Number(page), context, scope));
  },
  async 'gap-answer'(interaction, [id], context, scope) {
    await interaction.reply(privately(factPicker(await requireGap(id, context, scope), context, scope)));
  },
  async 'gap-write'(interaction, [id], context, scope) {
    await interaction.showModal(factModal(customId('add', id), 'Write a fact for this question', gapFormValues(await requireGap(id, context, scope))));
  },
  async 'gap-dismiss'(interaction, [id, page], context, scope) {
    await context.store.dismissGap(await requireGap(id, context, scope), actorOf(interaction.user));
    await interaction.update(await gapsPage(Number(page), context, scope));
  },
  async revert(interaction, [id, revision], context, scope) {
    await context.store.revert(id, Number(revision), actorOf(interaction.user), undefined, scope.view);
    await interaction.update(await historyView(id, context, scope));
  },
  async approve(interaction, [id], context, scope) {
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
  async reject(interaction, [id], context, scope) {
    await context.store.rejectSuggestion(Number(id), actorOf(interaction.user), undefined, scope.records);
    await interaction.update(suggestionView((await context.store.listSuggestions('pending', scope.records))[0]));
  },
  /** Rejects every pending suggestion of the person who made this one (a flood), then shows the next. */
  async rejectall(interaction, [id], context, scope) {
    const suggestion = (await context.store.listSuggestions('pending', scope.records)).find((candidate) => candidate.id === Number(id));
    const rejected = suggestion
      ? await context.store.rejectSuggestionsFrom(suggestion.suggestedBy.id, actorOf(interaction.user), 'all rejected at once', scope.records)
      : 0;
    const next = suggestionView((await context.store.listSuggestions('pending', scope.records))[0]);
    const note = suggestion ? `Rejected ${rejected} suggestions by ${safeText(suggestion.suggestedBy.name, 100)}. ` : '';
    await interaction.update({ ...next, content: `${note}${next.content}`.trim() });
  },
});

export const selects: Record<string, SelectHandler> = moderated<StringSelectMenuInteraction>({
  /** A fact picked for a gap (from the gap's "Answer with a fact…"). */
  async 'gap-fact'(interaction, [id], context, scope) {
    const done = await answerWithFact(id, interaction.values[0], actorOf(interaction.user), context, scope);
    await interaction.update({ content: done, components: [], allowedMentions: NO_MENTIONS });
  },
});

export const modals: Record<string, ModalHandler> = moderated<ModalSubmitInteraction>({
  /** A new fact, in the moderator's scope; written for a gap (`gapId`), it also closes the gap as answered by it. */
  async add(interaction, [gapId], context, scope) {
    const actor = actorOf(interaction.user);
    let fact = await context.store.addFact(readFactForm(interaction), actor, undefined, scope.view);
    if (gapId) fact = await closeWithNewFact(gapId, fact, actor, context, scope);
    const where = fact.guildId === null ? 'it answers questions now' : 'it answers questions in this server now';
    await interaction.reply(
      privately({ content: `Added \`${fact.id}\`; ${where}.`, embeds: [await factEmbed(fact, context, scope)], allowedMentions: NO_MENTIONS }),
    );
  },
  async edit(interaction, [id], context, scope) {
    const fact = await context.store.editFact(id, readFactForm(interaction), actorOf(interaction.user), undefined, scope.view);
    await interaction.reply(privately({ content: savedNote(id, fact), embeds: [await factEmbed(fact, context, scope)], allowedMentions: NO_MENTIONS }));
  },
  async approve(interaction, [id], context, scope) {
    const fact = await context.store.approveSuggestion(Number(id), actorOf(interaction.user), readFactForm(interaction), scope.view, scope.records);
    await interaction.reply(
      privately({ content: `Approved suggestion #${id} as \`${fact.id}\`.`, embeds: [await factEmbed(fact, context, scope)], allowedMentions: NO_MENTIONS }),
    );
  },
});
