/**
 * The modals moderators and users fill in to add, edit or suggest a fact, and how their fields
 * turn into the store's input. One form serves add, edit and approving a suggestion.
 */
import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle, type ModalSubmitInteraction } from 'discord.js';
import { isWebAddress } from '../core/knowledge/fields';
import { LIMITS } from '../core/knowledge/limits';
import { ValidationError } from '../core/knowledge/problems';
import { truncate } from '../core/text/truncate';
import type { FactInput } from '../store/types';

export interface FactFormValues {
  en?: string;
  ar?: string;
  /** A report paragraph number or a web address. */
  source?: string;
  aliases?: string[];
}

function input(id: string, style: TextInputStyle, max: number, required: boolean, value: string | undefined) {
  const field = new TextInputBuilder().setCustomId(id).setStyle(style).setMaxLength(max).setRequired(required);
  return value ? field.setValue(truncate(value, max, '')) : field;
}

function label(text: string, description: string, component: TextInputBuilder): LabelBuilder {
  return new LabelBuilder().setLabel(text).setDescription(description).setTextInputComponent(component);
}

/** Room for every alias a fact may hold, one per line, so editing a fact never cuts its aliases. */
const ALIASES_FIELD = LIMITS.aliases * (LIMITS.alias + 1);

/** A fact form; `required` is false for suggestions, where one language is enough. */
export function factModal(customId: string, title: string, values: FactFormValues, required = true): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(customId)
    .setTitle(title)
    .addLabelComponents(
      label('English', 'The claim, in English, in your own words', input('en', TextInputStyle.Paragraph, LIMITS.factText, required, values.en)),
      label('العربية', 'The same claim in Arabic', input('ar', TextInputStyle.Paragraph, LIMITS.factText, required, values.ar)),
      label('Source', 'Report paragraph number (1–9), or a web address', input('source', TextInputStyle.Short, 2000, required, values.source)),
      label(
        'Aliases',
        'Optional: other ways people ask, one per line',
        input('aliases', TextInputStyle.Paragraph, ALIASES_FIELD, false, values.aliases?.join('\n')),
      ),
    );
}

/** Reads a submitted fact form into the store's input; a bad source is refused with its field named. */
export function readFactForm(interaction: ModalSubmitInteraction): FactInput {
  const field = (id: string) => interaction.fields.getTextInputValue(id).trim();
  const source = field('source');
  const aliases = field('aliases')
    .split('\n')
    .map((alias) => alias.trim())
    .filter(Boolean);
  return { en: field('en'), ar: field('ar'), aliases, ...citationOf(source) };
}

/** "5" cites ¶5 of the report; "https://…" cites that address. Empty cites nothing yet. */
export function citationOf(source: string): Pick<FactInput, 'paragraph' | 'url' | 'title'> {
  if (source === '') return {};
  if (/^\d{1,4}$/.test(source)) return { paragraph: Number(source) };
  if (isWebAddress(source)) return { url: source, title: new URL(source).hostname };
  throw new ValidationError([{ field: 'source', message: 'give a report paragraph number (like 5) or a web address starting with https://' }]);
}
