/**
 * The shape of a command module: each command is one file exporting its builder (`data`) and its
 * handler (`execute`), plus, when it needs them, autocomplete and the handlers of the buttons,
 * modals and select menus it creates (keyed by the custom-id action they own).
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ContextMenuCommandBuilder,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { BotContext } from '../context';

export type ButtonHandler = (interaction: ButtonInteraction, args: string[], context: BotContext) => Promise<void>;
export type ModalHandler = (interaction: ModalSubmitInteraction, args: string[], context: BotContext) => Promise<void>;
export type SelectHandler = (interaction: StringSelectMenuInteraction, args: string[], context: BotContext) => Promise<void>;

export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody } | ContextMenuCommandBuilder;
  execute(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
  buttons?: Record<string, ButtonHandler>;
  modals?: Record<string, ModalHandler>;
  selects?: Record<string, SelectHandler>;
}
