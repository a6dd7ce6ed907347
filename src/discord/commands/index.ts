/**
 * Every command the bot registers and answers. To add one: write a module in this folder that
 * exports a CommandModule (its builder and handler), and list it here.
 */
import { ask } from './ask';
import { askMessage } from './ask-message';
import { fact } from './fact';
import { help } from './help';
import { source } from './source';
import { suggest } from './suggest';
import type { CommandModule } from './types';

export const COMMANDS: CommandModule[] = [ask, askMessage, fact, suggest, source, help];
