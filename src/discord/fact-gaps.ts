/**
 * What /fact gaps shows and offers: the questions the bot could not answer, grouped (the same
 * words after normalisation, or a typo apart), with how often and when last asked, and for each
 * group the three ways to close it: answer it with a fact (pick one; its question becomes one of
 * that fact's ways to ask), write a fact (the add form, prefilled), or dismiss it. The handlers
 * in commands/fact.ts check the moderator and call these.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, StringSelectMenuBuilder } from 'discord.js';
import { ValidationError } from '../core/knowledge/problems';
import { type Gap, gapQuestion, resolveGap } from '../store/gaps';
import type { Actor, StoredFact } from '../store/types';
import { isolate } from './bidi';
import type { BotContext, ModeratorScope } from './context';
import { customId } from './custom-id';
import type { FactFormValues } from './fact-forms';
import { NO_MENTIONS, safeText, truncate } from './render';

/** A message holds five rows of buttons: one per gap, and one to turn the page. */
const GAPS_PER_PAGE = 4;
/** Discord's limits: options in a select menu, choices in an autocomplete, characters in their labels. */
const PICKER_OPTIONS = 25;
const CHOICES = 25;
const LABEL_LIMIT = 100;
/** Other wordings shown under a gap's first, and put in the add form's aliases. */
const WORDINGS = 5;

/** The open gaps among the questions the moderator's scope reads. */
function openGaps(context: BotContext, scope: ModeratorScope): Promise<Gap[]> {
  return context.store.gaps(context.engine.analyzer, scope.records);
}

async function openGap(id: string, context: BotContext, scope: ModeratorScope): Promise<Gap | undefined> {
  return (await openGaps(context, scope)).find((candidate) => candidate.id === id);
}

/** The open gap `id` names; refused (the moderator can act on it) when it was closed meanwhile. */
export async function requireGap(id: string, context: BotContext, scope: ModeratorScope): Promise<Gap> {
  const gap = await openGap(id, context, scope);
  if (!gap) throw new ValidationError([{ field: 'gap', message: 'is no longer open (answered or dismissed meanwhile); run /fact gaps again' }]);
  return gap;
}

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function wordings(gap: Gap): string[] {
  return [...new Set(gap.questions.map((question) => question.example))].slice(0, WORDINGS);
}

/** Page `page` of the open gaps (clamped), most asked first, each with its three buttons. */
export async function gapsPage(page: number, context: BotContext, scope: ModeratorScope) {
  const gaps = await openGaps(context, scope);
  const pages = Math.max(1, Math.ceil(gaps.length / GAPS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = gaps.slice((current - 1) * GAPS_PER_PAGE, current * GAPS_PER_PAGE);
  const lines = shown.map((gap, i) => {
    const [first, ...others] = wordings(gap).map((text) => isolate(safeText(text, 150)));
    const also = others.length > 0 ? `\n  also asked as: ${others.join(' · ')}` : '';
    return `**${(current - 1) * GAPS_PER_PAGE + i + 1}.** ${gap.count}× ${first} · last asked ${when(gap.lastAsked)}${also}`;
  });
  const embed = new EmbedBuilder()
    .setTitle(`Unanswered questions · page ${current}/${pages} (${gaps.length})`)
    .setDescription(truncate(lines.join('\n\n'), 4000) || 'None open: every question asked so far was answered, or dismissed.')
    .setFooter({ text: 'Grouped: the same words once spelling is normalised, or a typo apart. Answering adds the question to a fact as a way to ask it.' });
  const rows = shown.map((gap, i) => {
    const number = (current - 1) * GAPS_PER_PAGE + i + 1;
    return new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(customId('gap-answer', gap.id)).setLabel(`${number}. Answer with a fact…`).setStyle(ButtonStyle.Primary),
      new ButtonBuilder().setCustomId(customId('gap-write', gap.id)).setLabel(`${number}. Write a fact`).setStyle(ButtonStyle.Secondary),
      new ButtonBuilder()
        .setCustomId(customId('gap-dismiss', gap.id, current))
        .setLabel(`${number}. Dismiss`)
        .setStyle(ButtonStyle.Danger),
    );
  });
  if (pages > 1) {
    rows.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(customId('gaps', current - 1))
          .setLabel('◀')
          .setStyle(ButtonStyle.Secondary)
          .setDisabled(current <= 1),
        new ButtonBuilder()
          .setCustomId(customId('gaps', current + 1))
          .setLabel('▶')
          .setStyle(ButtonStyle.Secondary)
          .setDisabled(current >= pages),
      ),
    );
  }
  return { embeds: [embed], components: rows, allowedMentions: NO_MENTIONS };
}

/** "Which fact answers it?": the facts the server sees nearest the question in a menu, and the command that searches them all. */
export function factPicker(gap: Gap, context: BotContext, scope: ModeratorScope) {
  const question = gapQuestion(gap);
  const nearest = context.engine.suggest(question, PICKER_OPTIONS, { guildId: scope.guildId }).map((suggestion) => suggestion.fact);
  const search = `\`/fact answer gap:${gap.id}\` searches every fact as you type.`;
  if (nearest.length === 0) {
    return { content: `No fact is near ${isolate(safeText(question, 300))}. ${search}`, components: [], allowedMentions: NO_MENTIONS };
  }
  const menu = new StringSelectMenuBuilder()
    .setCustomId(customId('gap-fact', gap.id))
    .setPlaceholder('The fact that answers it')
    .addOptions(nearest.map((fact) => ({ label: truncate(fact.id, LABEL_LIMIT), description: truncate(fact.en, LABEL_LIMIT), value: fact.id })));
  return {
    content: `Which fact answers ${isolate(safeText(question, 300))} (asked ${gap.count}×)? The nearest are below; ${search}`,
    components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)],
    allowedMentions: NO_MENTIONS,
  };
}

/** The add form for a gap: its wordings as the new fact's ways to ask. */
export function gapFormValues(gap: Gap): FactFormValues {
  return { aliases: wordings(gap) };
}

/**
 * A fact written for a gap (from its "Write a fact" form) closes the gap as answered by it, with
 * the gap's question among its ways to ask. A gap closed meanwhile is left as it is.
 */
export async function closeWithNewFact(gapId: string, fact: StoredFact, actor: Actor, context: BotContext, scope: ModeratorScope): Promise<StoredFact> {
  const gap = await openGap(gapId, context, scope);
  return gap ? context.store.answerGap(fact.id, gapQuestion(gap), gap, actor, scope.view) : fact;
}

/** Open gaps for the `gap` option while the moderator types: by any of their wordings. */
export async function gapChoices(typed: string, context: BotContext, scope: ModeratorScope): Promise<{ name: string; value: string }[]> {
  const needle = typed.trim().toLowerCase();
  return (await openGaps(context, scope))
    .filter((gap) => needle === '' || gap.id === typed.trim() || gap.questions.some((question) => question.example.toLowerCase().includes(needle)))
    .slice(0, CHOICES)
    .map((gap) => ({ name: truncate(`${gap.count}× ${gapQuestion(gap)}`, LABEL_LIMIT), value: gap.id }));
}

/**
 * Makes a question one of the fact's ways to ask and closes its gap. `gapOrQuestion` is a gap id
 * (from the buttons and the autocomplete) or a question typed as is, which closes the gap it
 * belongs to, if any.
 */
export async function answerWithFact(gapOrQuestion: string, factId: string, actor: Actor, context: BotContext, scope: ModeratorScope): Promise<string> {
  const { question, gap } = resolveGap(await openGaps(context, scope), gapOrQuestion, context.engine.analyzer);
  const fact = await context.store.answerGap(factId, question, gap, actor, scope.view);
  return `${isolate(safeText(question, 300))} is now a way to ask \`${fact.id}\`: it is answered with that fact from now on (a revision in \`/fact history id:${fact.id}\`).`;
}
